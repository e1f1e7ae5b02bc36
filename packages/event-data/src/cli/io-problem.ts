/**
 * What a failed read or write says, in plain words instead of Node's error codes and syscall
 * names ("ENOENT: no such file or directory, open 'x'" becomes "no such file or directory").
 * Errors without a known code keep their message.
 */
export function ioProblem(error: unknown): string {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'EEXIST':
      return 'the file already exists';
    case 'EIO':
      return 'input/output error';
    default:
      return typeof message === 'string' && message ? message : String(error);
  }
}
