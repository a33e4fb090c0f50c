import { resolveIcon, shouldIconFlip, type Icon as CodexIcon } from '@wikimedia/codex-icons';
import { iconShapes, type IconShape } from '../../utils/view/icon-shapes';
import { useTranslator } from './translator-context';

interface IconProps {
  icon: CodexIcon;
  /** Names the icon for screen readers; without it the icon is decoration and hidden. */
  label?: string;
}

function Shape({ shape }: { shape: IconShape }) {
  const Tag = shape.tag;
  return (
    <Tag {...shape.attributes}>
      {shape.children.map((child, index) => (
        <Shape key={index} shape={child} />
      ))}
    </Tag>
  );
}

/** A Codex icon as inline SVG, mirrored or swapped for right-to-left as Codex prescribes. */
export function Icon({ icon, label }: IconProps) {
  const { language, direction } = useTranslator();
  const shapes = iconShapes(resolveIcon(icon, language, direction));
  const flip = direction === 'rtl' && shouldIconFlip(icon, language);
  return (
    <svg
      class={flip ? 'wf-icon wf-icon--flip' : 'wf-icon'}
      viewBox="0 0 20 20"
      xmlns="http://www.w3.org/2000/svg"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : 'true'}
      focusable="false"
    >
      {shapes.map((shape, index) => (
        <Shape key={index} shape={shape} />
      ))}
    </svg>
  );
}
