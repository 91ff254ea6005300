/** A one-line text progress bar for a terminal stream (redrawn with \r; finished with a newline). */
export function progressBar(stream: NodeJS.WriteStream, width = 30) {
  let last = -1;
  return {
    update(done: number, total: number): void {
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(ratio * width);
      if (filled === last && done !== total) return;
      last = filled;
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} แถว (rows)`);
    },
    done(): void {
      if (last >= 0) stream.write('\n');
      last = -1;
    },
  };
}
