fn main() -> std::process::ExitCode {
    lobby_hub::cli::main()
}
