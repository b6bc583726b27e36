//! The `claimdiff` binary: parse arguments, run, map the outcome to an exit status.
//!
//! Exit status: 0 success; 1 a `--fail-on` or `--min-agreement` rule matched;
//! 2 usage, input or I/O error. A closed stdout pipe counts as success.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.run() {
        Ok(cli::Outcome::Clean) => ExitCode::SUCCESS,
        Ok(cli::Outcome::Failed(why)) => {
            eprintln!(
                "claimdiff: failing: {}",
                why.replace('\n', "\nclaimdiff: failing: ")
            );
            ExitCode::from(1)
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimdiff: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &claimdiff::Error) -> bool {
    match e {
        claimdiff::Error::Write(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
        _ => false,
    }
}
