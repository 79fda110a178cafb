/** Why a file could not be read (en): limits, file-system errors, unsafe parts. Keys shared with ../vi/read.ts. */
export const readText = {
  "read.limit.file": "the file is {found}, more than chibo reads safely ({max})",
  "read.limit.uncompressed":
    "it unpacks to {found}, more than chibo reads safely ({max}); it may be a “zip bomb”",
  "read.limit.part": "one of its parts unpacks to {found}, more than {max}",
  "read.limit.sheets": "it has {found} sheets; chibo reads at most {max}",
  "read.limit.cells": "it has more than {found} cells with values; chibo reads at most {max}",
  "read.limit.merges": "it has more than {found} merged areas; chibo reads at most {max}",
  "read.limit.span":
    "its values are spread too wide ({found} cells along the rows, at most {max}), usually a stray cell far down or to the right",
  "read.limit.advice":
    "Delete the unused sheets, rows and columns (Ctrl+End shows the last cell Excel counts as used) or split the workbook, then try again.",
  "read.unsafe":
    "it holds an XML document type (DTD/entity) declaration, which Excel and LibreOffice never write; chibo does not read it, to stay safe. Open the file in Excel or LibreOffice, save it and try again.",
  "read.corruptAdvice":
    "Open the file in Excel or LibreOffice and save it, or ask the unit to send it again (it may not have downloaded completely).",
  "read.fs.ENOENT": "File “{file}” not found. Check its name and path.",
  "read.fs.EACCES":
    "No permission to read “{file}”. Allow reading it, or copy it to your own folder, and try again.",
  "read.fs.EISDIR":
    "“{file}” is a folder, not a file. Name an Excel file inside it (the rollup command takes whole folders).",
  "read.fs.ENOTDIR": "The path “{file}” is wrong: part of it is not a folder.",
  "read.fs.ELOOP": "The path “{file}” has a symbolic link that loops; it cannot be opened.",
  "read.fs.ENAMETOOLONG":
    "The name or path “{file}” is too long. Copy the file to a folder with a shorter path.",
  "read.fs.EMFILE": "Too many files are open to open “{file}”. Close some programs and run again.",
  "read.fs.EIO":
    "A disk error occurred while reading “{file}”. Copy the file elsewhere (or download it again) and retry.",
  "read.fs.EBUSY": "File “{file}” is held by another program. Close that program and try again.",
  "read.fs.other":
    "File “{file}” could not be read (system error {code}). Check the file and its permissions and try again.",
  "read.notRegular":
    "“{file}” is not a regular file (it is a pipe, a device or a socket); chibo reads only real spreadsheet files.",
};
