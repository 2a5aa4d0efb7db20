/**
 * The site's own widgets and Decap's widgets changed for the site: a photo-consent switch that must
 * be on before an update with photos is saved, an author field that remembers the teacher's name on
 * this computer, and pictures that show in the editor although the site never publishes originals.
 */
import CMS from 'decap-cms-app';
import { createElement, useMemo, useRef, type ComponentType } from 'react';
import { editorPicture, photoConsentMissing, publicFolderFor } from '../entry-check';
import {
  AUTHOR_KEY,
  builtInWidget,
  collections,
  config,
  controlClassOf,
  FIELD_PROBLEM,
  isComponent,
  previewOf,
  replaceControl,
  type ControlProps,
  type Entry,
  type PictureProps,
} from './decap';

export function registerWidgets() {
  class PhotoConsentControl extends controlClassOf<ControlProps<boolean>>('boolean') {
    /** Checked when the editor saves: photos need the switch on. An arrow, because the CMS calls it unbound. */
    isValid = () => {
      const data = this.props.getEntry?.()?.get('data')?.toJS() ?? {};
      if (!photoConsentMissing({ ...data, photo_consent: this.props.value })) return true;
      return {
        error: {
          type: FIELD_PROBLEM,
          message: 'Photo consent checked: switch this on to confirm every child in the photos has photo consent, or remove the photos.',
        },
      };
    };
  }
  CMS.registerWidget('photo-consent', PhotoConsentControl, previewOf('boolean'));

  class AuthorControl extends controlClassOf<ControlProps<string | undefined>>('string') {
    componentDidMount() {
      super.componentDidMount?.();
      const remembered = localStorage.getItem(AUTHOR_KEY);
      if (!this.props.value && remembered) this.props.onChange(remembered);
    }
  }
  CMS.registerWidget('author', AuthorControl, previewOf('string'));
}

/**
 * Where the editor finds a picture written `/uploads/…`. Decap would load it from the live site,
 * where originals are never published, so thumbnails and previews would be broken; instead it
 * comes through the CMS (just uploaded, or in this entry's folder) or from the small copies the
 * build makes at /admin/uploads/ (see editorPicture in admin/entry-check.ts).
 */
export function findPicture(getAsset: (path: string, field?: unknown) => unknown, entry: Entry | undefined, path: string, field?: unknown): unknown {
  const collection = collections.find((c) => c.name === entry?.get('collection'));
  const folder = publicFolderFor(collection?.public_folder ?? config?.public_folder, entry?.get('data')?.toJS() ?? {});
  const found = editorPicture(path, folder);
  if (!found) return getAsset(path, field);
  return 'file' in found ? getAsset(found.file, field) : found.url;
}

/** The image widget's control or preview, with findPicture in place of Decap's own lookup. */
function withEditorPictures(Picture: ComponentType<PictureProps>, entryOf: (props: PictureProps) => Entry | undefined): ComponentType<PictureProps> {
  function EditorPictures(props: PictureProps) {
    const latest = useRef(props);
    latest.current = props;
    const getAsset = useMemo(
      () => (value: unknown, field: unknown) => {
        const own = latest.current.getAsset;
        return typeof value === 'string' ? findPicture(own, entryOf(latest.current), value, field) : own(value, field);
      },
      [props.getAsset],
    );
    return createElement(Picture, { ...props, getAsset });
  }
  return EditorPictures;
}

export function registerPictures() {
  const { control, preview } = builtInWidget('image');
  if (!isComponent<PictureProps>(control) || !isComponent<PictureProps>(preview)) throw new Error("The editor cannot find Decap CMS's image widget.");
  // Registered again under the same name: the CMS treats "image" fields specially (thumbnails in the entry list).
  replaceControl(
    'image',
    withEditorPictures(control, (p) => p.getEntry?.()),
    withEditorPictures(preview, (p) => p.entry),
  );
}
