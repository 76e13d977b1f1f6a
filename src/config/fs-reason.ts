const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** What a file-system error means in words, e.g. "no such file or folder"; undefined for other errors. */
export function fsReason(e: unknown): string | undefined {
  const { code } = (e ?? {}) as NodeJS.ErrnoException;
  return code ? REASONS[code] : undefined;
}
