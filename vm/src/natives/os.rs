//! `os` natives: arguments, exit, environment, the standard streams and
//! files. Files opened by the program live in a table keyed by small
//! integer descriptors (3, 4, ...); errors cross to Go as errno numbers,
//! which os.go turns into Go's *PathError texts.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::sync::{Mutex, OnceLock};

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
    // A read may block: the P goes to another M meanwhile (Go's syscall
    // handoff). Nothing here touches Go memory until the P is back.
    c.vm.enter_syscall();
    let (n, code) = loop {
        match std::io::stdin().lock().read(&mut buf) {
            Ok(0) => break (0, 1i64),
            Ok(n) => break (n, 0),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break (0, 2),
        }
    };
    c.vm.exit_syscall()?;
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

fn files() -> &'static Mutex<HashMap<i64, std::fs::File>> {
    static FILES: OnceLock<Mutex<HashMap<i64, std::fs::File>>> = OnceLock::new();
    FILES.get_or_init(|| Mutex::new(HashMap::new()))
}

fn next_fd() -> i64 {
    static NEXT: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(3);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

fn errno(e: &std::io::Error) -> i64 {
    e.raw_os_error().map_or(5, |n| n as i64) // EIO when unknown
}

/// func openFile(name string, flag int, perm uint32) (fd int, errno int)
/// frame: name@0 flag@16 perm@24 fd@32 errno@40. Flags are Go's (Linux)
/// O_* values.
fn open_file(c: &mut NativeCall) -> Result<(), Unwind> {
    let name = arg_str(c, 0);
    let flag: i64 = c.arg(16);
    let perm: u32 = c.arg(24);
    let path = String::from_utf8_lossy(&name).into_owned();
    let mut o = std::fs::OpenOptions::new();
    let acc = flag & 3;
    o.read(acc == 0 || acc == 2);
    o.write(acc == 1 || acc == 2);
    if flag & 0x400 != 0 {
        o.append(true);
    }
    if flag & 0x40 != 0 {
        if flag & 0x80 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flag & 0x200 != 0 {
        o.truncate(true);
    }
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(perm);
    }
    let (fd, err) = match o.open(&path) {
        Ok(f) => {
            let fd = next_fd();
            if let Ok(mut t) = files().lock() {
                t.insert(fd, f);
            }
            (fd, 0)
        }
        Err(e) => (-1, errno(&e)),
    };
    c.set(32, fd);
    c.set(40, err);
    Ok(())
}

/// func readFd(fd int, max int) (data string, errno int)   (errno -1: EOF)
/// frame: fd@0 max@8 data@16 errno@32
fn read_fd(c: &mut NativeCall) -> Result<(), Unwind> {
    let fd: i64 = c.arg(0);
    let max: i64 = c.arg(8);
    let mut buf = vec![0u8; max.clamp(1, 1 << 20) as usize];
    let r = match files().lock() {
        Ok(mut t) => match t.get_mut(&fd) {
            Some(f) => f.read(&mut buf).map_err(|e| errno(&e)),
            None => Err(9), // EBADF
        },
        Err(_) => Err(5),
    };
    let (n, err) = match r {
        Ok(0) => (0, -1),
        Ok(n) => (n, 0),
        Err(e) => (0, e),
    };
    ret_str(c, 16, &buf[..n]);
    c.set(32, err);
    Ok(())
}

/// func writeFd(fd int, b []byte) (n int, errno int)   frame: fd@0 b@8 n@32 errno@40
fn write_fd_native(c: &mut NativeCall) -> Result<(), Unwind> {
    let fd: i64 = c.arg(0);
    let b: GoSlice = c.arg(8);
    let data = if b.len == 0 {
        Vec::new()
    } else {
        c.mem(b.ptr, b.len).to_vec()
    };
    let r = match files().lock() {
        Ok(mut t) => match t.get_mut(&fd) {
            Some(f) => f.write_all(&data).map_err(|e| errno(&e)),
            None => Err(9),
        },
        Err(_) => Err(5),
    };
    let (n, err) = match r {
        Ok(()) => (data.len() as i64, 0),
        Err(e) => (0, e),
    };
    c.set(32, n);
    c.set(40, err);
    Ok(())
}

/// func closeFd(fd int) int (errno)   frame: fd@0 result@8
fn close_fd(c: &mut NativeCall) -> Result<(), Unwind> {
    let fd: i64 = c.arg(0);
    let found = files()
        .lock()
        .map(|mut t| t.remove(&fd).is_some())
        .unwrap_or(false);
    c.set(8, if found { 0i64 } else { 9 });
    Ok(())
}

/// func removeFile(name string) int (errno)   frame: name@0 result@16
fn remove_file(c: &mut NativeCall) -> Result<(), Unwind> {
    let name = arg_str(c, 0);
    let path = String::from_utf8_lossy(&name).into_owned();
    let err = match std::fs::remove_file(&path) {
        Ok(()) => 0,
        Err(e) if e.raw_os_error() == Some(21) => match std::fs::remove_dir(&path) {
            Ok(()) => 0,
            Err(e) => errno(&e),
        },
        Err(e) => errno(&e),
    };
    c.set(16, err);
    Ok(())
}

/// func errnoText(n int) string: the strerror text Go prints for errno n
/// ("no such file or directory").   frame: n@0 result@8
fn errno_text(c: &mut NativeCall) -> Result<(), Unwind> {
    let n: i64 = c.arg(0);
    let text = match n {
        1 => "operation not permitted".to_string(),
        2 => "no such file or directory".to_string(),
        5 => "input/output error".to_string(),
        9 => "bad file descriptor".to_string(),
        13 => "permission denied".to_string(),
        17 => "file exists".to_string(),
        20 => "not a directory".to_string(),
        21 => "is a directory".to_string(),
        22 => "invalid argument".to_string(),
        24 => "too many open files".to_string(),
        28 => "no space left on device".to_string(),
        30 => "read-only file system".to_string(),
        36 => "file name too long".to_string(),
        39 => "directory not empty".to_string(),
        _ => {
            // Rust's text is "Xxx (os error N)": lower-case the first letter
            // and drop the suffix, as Go's table reads.
            let s = std::io::Error::from_raw_os_error(n as i32).to_string();
            let s = s.split(" (os error").next().unwrap_or("").to_string();
            let mut ch = s.chars();
            match ch.next() {
                Some(f) => f.to_lowercase().collect::<String>() + ch.as_str(),
                None => format!("errno {n}"),
            }
        }
    };
    ret_str(c, 8, text.as_bytes());
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
        "os.openFile" => open_file,
        "os.readFd" => read_fd,
        "os.writeFd" => write_fd_native,
        "os.closeFd" => close_fd,
        "os.removeFile" => remove_file,
        "os.errnoText" => errno_text,
        _ => return None,
    })
}
