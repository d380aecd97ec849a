import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  in?: z.ZodType;
}

function defOf(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strip optional/default/lazy/pipe wrappers. */
function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = defOf(cur);
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType)
      cur = d.innerType;
    else if (d.type === 'lazy' && d.getter) cur = d.getter();
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else return cur;
  }
  return cur;
}

/**
 * The object schemas that could sit at `path` inside `root` (several when a union is crossed).
 * Used to list the keys allowed where an unknown key was written.
 */
export function objectsAt(root: z.ZodType, path: PropertyKey[]): z.ZodType[] {
  let current = [unwrap(root)];
  for (const key of path) {
    const next: z.ZodType[] = [];
    const visit = (s: z.ZodType) => {
      const u = unwrap(s);
      const d = defOf(u);
      if (d.type === 'union' && d.options) for (const o of d.options) visit(o);
      else if (d.type === 'object' && d.shape && typeof key === 'string' && d.shape[key])
        next.push(d.shape[key]);
      else if (d.type === 'record' && d.valueType) next.push(d.valueType);
      else if (d.type === 'array' && d.element && typeof key === 'number') next.push(d.element);
    };
    for (const s of current) visit(s);
    current = next;
  }
  const objects: z.ZodType[] = [];
  const collect = (s: z.ZodType) => {
    const u = unwrap(s);
    const d = defOf(u);
    if (d.type === 'union' && d.options) for (const o of d.options) collect(o);
    else if (d.type === 'object') objects.push(u);
  };
  for (const s of current) collect(s);
  return objects;
}

/** The keys of an object schema. */
export function keysOf(s: z.ZodType): string[] {
  return Object.keys(defOf(s).shape ?? {});
}
