import Foundation
import FuzzerDriver

// libFuzzer runs fuzzSpec on every input it generates (see Scripts/fuzz for the options).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzSpec(data, size) })
