/**
 * Photos prepared before Decap CMS commits them (see admin/photos.ts): re-encoded without their
 * camera data, and made smaller when wider than the limit, never larger. Decap's own
 * media_processing sets every photo to one width, enlarging a smaller one (a 1600 × 1200 upload was
 * saved as 2000 × 1500), so it is not used: the files a teacher chooses are replaced, as they are
 * chosen, by the prepared ones, and Decap uploads those.
 */
import { PHOTO_QUALITY, PREPARED_TYPES, preparedSize } from '../photos';

/** File boxes whose next change event carries prepared files, sent again here: let through. */
const sendingPrepared = new WeakSet<HTMLInputElement>();

/** One photo, re-encoded at its prepared size; the file itself when the browser cannot read it. */
async function preparePhoto(file: File): Promise<File> {
  if (!PREPARED_TYPES.includes(file.type)) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const { width, height } = preparedSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, file.type, PHOTO_QUALITY));
  return blob ? new File([blob], file.name, { type: file.type, lastModified: file.lastModified }) : file;
}

async function prepareChosenFiles(event: Event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
  if (sendingPrepared.delete(input)) return;
  const files = [...input.files];
  if (!files.some((f) => PREPARED_TYPES.includes(f.type))) return;
  // Decap (React) listens further down; it hears about these files once they are prepared.
  event.stopImmediatePropagation();
  const ready = new DataTransfer();
  for (const file of await Promise.all(files.map(preparePhoto))) ready.items.add(file);
  input.files = ready.files;
  sendingPrepared.add(input);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Prepares every photo chosen in the editor (the media library's upload button) before Decap sees it. */
export function registerUploads() {
  document.addEventListener('change', (event) => void prepareChosenFiles(event), true);
}
