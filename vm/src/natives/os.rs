//! `os` natives: arguments, exit, environment and the standard streams.

use std::io::{Read, Write};

use super::{arg_str, ret_bool, ret_str};
use crate::native::{GoSlice, NativeCall, NativeFn, Unwind};

/// func argc() int   frame: result@0
fn argc(c: &mut NativeCall) -> Result<(), Unwind> {
    let n = c.os_args().len() as i64;
    c.set(0, n);
    Ok(())
}

/// func argv(i int) string   frame: i@0 result@8
fn argv(c: &mut NativeCall) -> Result<(), Unwind> {
    let i: i64 = c.arg(0);
    let a = c.os_args().get(i as usize).cloned().unwrap_or_default();
    ret_str(c, 8, a.as_bytes());
    Ok(())
}

/// func Exit(code int)   frame: code@0
fn exit(c: &mut NativeCall) -> Result<(), Unwind> {
    let code: i64 = c.arg(0);
    Err(Unwind::Exit(code as i32))
}

fn write_fd(c: &mut NativeCall, fd: i64, data: &[u8]) -> i64 {
    let w: &mut dyn Write = match fd {
        1 => c.stdout(),
        2 => c.stderr(),
        _ => return -1,
    };
    match w.write_all(data) {
        Ok(()) => data.len() as i64,
        Err(_) => -1,
    }
}

/// func write(fd int, b []byte) int   frame: fd@0 b@8 result@32 (-1: error)
fn write(c: &mut NativeCall) -> Result<(), Unwind> {
    let fd: i64 = c.arg(0);
    let b: GoSlice = c.arg(8);
    let data = if b.len == 0 {
        Vec::new()
    } else {
        c.mem(b.ptr, b.len).to_vec()
    };
    let n = write_fd(c, fd, &data);
    c.set(32, n);
    Ok(())
}

/// func writeString(fd int, s string) int   frame: fd@0 s@8 result@24
fn write_string(c: &mut NativeCall) -> Result<(), Unwind> {
    let fd: i64 = c.arg(0);
    let data = arg_str(c, 8);
    let n = write_fd(c, fd, &data);
    c.set(24, n);
    Ok(())
}

/// func readStdin(max int) (string, int)   frame: max@0 s@8 code@24
/// code: 0 data, 1 EOF, 2 error.
fn read_stdin(c: &mut NativeCall) -> Result<(), Unwind> {
    let max: i64 = c.arg(0);
    let mut buf = vec![0u8; max.clamp(1, 1 << 20) as usize];
    let (n, code) = loop {
        match std::io::stdin().lock().read(&mut buf) {
            Ok(0) => break (0, 1i64),
            Ok(n) => break (n, 0),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break (0, 2),
        }
    };
    ret_str(c, 8, &buf[..n]);
    c.set(24, code);
    Ok(())
}

/// func Getenv(key string) string   frame: key@0 result@16
fn getenv(c: &mut NativeCall) -> Result<(), Unwind> {
    let key = arg_str(c, 0);
    let v = std::str::from_utf8(&key)
        .ok()
        .and_then(std::env::var_os)
        .unwrap_or_default();
    ret_str(c, 16, v.as_encoded_bytes());
    Ok(())
}

/// func LookupEnv(key string) (string, bool)   frame: key@0 v@16 ok@32
fn lookup_env(c: &mut NativeCall) -> Result<(), Unwind> {
    let key = arg_str(c, 0);
    match std::str::from_utf8(&key).ok().and_then(std::env::var_os) {
        Some(v) => {
            ret_str(c, 16, v.as_encoded_bytes());
            ret_bool(c, 32, true);
        }
        None => ret_bool(c, 32, false),
    }
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "os.argc" => argc,
        "os.argv" => argv,
        "os.Exit" => exit,
        "os.write" => write,
        "os.writeString" => write_string,
        "os.readStdin" => read_stdin,
        "os.Getenv" => getenv,
        "os.LookupEnv" => lookup_env,
        _ => return None,
    })
}
