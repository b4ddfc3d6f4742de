//! Source files and positions.
//!
//! A `Pos` is a byte offset into the concatenation of all files in the
//! `SourceMap` (each file starts at its own base, and bases are separated by
//! one byte so that the end-of-file position of one file is not the first
//! position of the next). `Pos(0)` is "no position".
//! `SourceMap::position` turns it into the file name, 1-based line and
//! 1-based *byte* column that Go prints (`./main.go:3:14`).

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Pos(pub u32);

impl Pos {
    pub const NONE: Pos = Pos(0);
    pub fn is_valid(self) -> bool {
        self.0 != 0
    }
    pub fn offset(self, n: u32) -> Pos {
        Pos(self.0 + n)
    }
}

pub struct SourceFile {
    /// The name Go prints for this file (`./main.go` for a file named on the
    /// command line in the current directory, as `go run` prints it).
    pub display_name: String,
    /// Package path the file belongs to (`main`, `fmt`, ...).
    pub package: String,
    pub src: String,
    pub base: u32,
    /// Byte offsets (relative to the file) of the start of each line.
    pub line_starts: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

#[derive(Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
    next_base: u32,
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap {
            files: Vec::new(),
            next_base: 1,
        }
    }

    /// Adds a file and returns its index.
    pub fn add(&mut self, display_name: &str, package: &str, src: String) -> u32 {
        let base = self.next_base;
        let mut line_starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        self.next_base = base + src.len() as u32 + 1;
        self.files.push(SourceFile {
            display_name: display_name.to_string(),
            package: package.to_string(),
            src,
            base,
            line_starts,
        });
        (self.files.len() - 1) as u32
    }

    pub fn file(&self, index: u32) -> &SourceFile {
        &self.files[index as usize]
    }

    /// The position of byte `offset` of file `index`.
    pub fn pos(&self, index: u32, offset: usize) -> Pos {
        Pos(self.files[index as usize].base + offset as u32)
    }

    /// The index of the file `pos` lies in.
    pub fn file_index_of(&self, pos: Pos) -> Option<u32> {
        if !pos.is_valid() {
            return None;
        }
        let i = self.files.partition_point(|f| f.base <= pos.0);
        i.checked_sub(1).map(|i| i as u32)
    }

    pub fn file_of(&self, pos: Pos) -> Option<&SourceFile> {
        if !pos.is_valid() {
            return None;
        }
        let i = self.files.partition_point(|f| f.base <= pos.0);
        if i == 0 {
            return None;
        }
        Some(&self.files[i - 1])
    }

    pub fn position(&self, pos: Pos) -> Position {
        match self.file_of(pos) {
            None => Position {
                file: "?".into(),
                line: 0,
                col: 0,
            },
            Some(f) => {
                let off = pos.0 - f.base;
                let line = f.line_starts.partition_point(|&s| s <= off);
                let col = off - f.line_starts[line - 1] + 1;
                Position {
                    file: f.display_name.clone(),
                    line: line as u32,
                    col,
                }
            }
        }
    }

    /// Line number only (for line tables).
    pub fn line(&self, pos: Pos) -> u32 {
        self.position(pos).line
    }
}

/// A diagnostic: position and message, printed as Go prints it.
#[derive(Clone, Debug)]
pub struct Error {
    pub pos: Pos,
    pub msg: String,
}

impl Error {
    pub fn new(pos: Pos, msg: impl Into<String>) -> Self {
        Error {
            pos,
            msg: msg.into(),
        }
    }
}
