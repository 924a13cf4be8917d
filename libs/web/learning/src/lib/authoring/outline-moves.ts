import type { CourseDetail } from '@bina-pustaka/shared-contracts';
import type { OutlineOrder } from '@bina-pustaka/web-data-access/learning';

/** One change of the outline. `toIndex` is the position in the list after the item left its place. */
export type OutlineMove =
  | { kind: 'module'; moduleId: string; toIndex: number }
  | { kind: 'lesson'; lessonId: string; toModuleId: string; toIndex: number };

/** The order the api wants back after a drag: every module, every lesson, with the version seen. */
export function outlineOf(course: Pick<CourseDetail, 'outlineVersion' | 'modules'>): OutlineOrder {
  return {
    outlineVersion: course.outlineVersion,
    modules: course.modules.map((module) => ({ id: module.id, lessonIds: module.lessons.map((lesson) => lesson.id) })),
  };
}

/** The complete new order after a move, or null when the move changes nothing (or names nothing). */
export function applyMove(order: OutlineOrder, move: OutlineMove): OutlineOrder | null {
  if (move.kind === 'module') {
    const from = order.modules.findIndex((module) => module.id === move.moduleId);
    if (from < 0) return null;
    const rest = order.modules.filter((_, index) => index !== from);
    const to = clamp(move.toIndex, 0, rest.length);
    if (to === from) return null;
    return { ...order, modules: [...rest.slice(0, to), order.modules[from], ...rest.slice(to)] };
  }
  const source = order.modules.find((module) => module.lessonIds.includes(move.lessonId));
  const target = order.modules.find((module) => module.id === move.toModuleId);
  if (!source || !target) return null;
  const from = source.lessonIds.indexOf(move.lessonId);
  const remaining = target.lessonIds.filter((id) => id !== move.lessonId);
  const to = clamp(move.toIndex, 0, remaining.length);
  if (source === target && to === from) return null;
  return {
    ...order,
    modules: order.modules.map((module) => {
      if (module === target) {
        return { ...module, lessonIds: [...remaining.slice(0, to), move.lessonId, ...remaining.slice(to)] };
      }
      if (module === source) return { ...module, lessonIds: module.lessonIds.filter((id) => id !== move.lessonId) };
      return module;
    }),
  };
}

/**
 * "Move up/down" from the keyboard: one step within the module, and across the module's
 * edge into the end of the previous module or the start of the next one.
 */
export function lessonStep(order: OutlineOrder, lessonId: string, direction: -1 | 1): OutlineMove | null {
  const moduleIndex = order.modules.findIndex((module) => module.lessonIds.includes(lessonId));
  if (moduleIndex < 0) return null;
  const module = order.modules[moduleIndex];
  const index = module.lessonIds.indexOf(lessonId);
  const next = index + direction;
  if (next >= 0 && next < module.lessonIds.length) {
    return { kind: 'lesson', lessonId, toModuleId: module.id, toIndex: next };
  }
  const neighbour = order.modules[moduleIndex + direction];
  if (!neighbour) return null;
  return {
    kind: 'lesson',
    lessonId,
    toModuleId: neighbour.id,
    toIndex: direction < 0 ? neighbour.lessonIds.length : 0,
  };
}

export function moduleStep(order: OutlineOrder, moduleId: string, direction: -1 | 1): OutlineMove | null {
  const index = order.modules.findIndex((module) => module.id === moduleId);
  const next = index + direction;
  if (index < 0 || next < 0 || next >= order.modules.length) return null;
  return { kind: 'module', moduleId, toIndex: next };
}

/** A lesson dropped before another lesson (or at the end of a module when `beforeLessonId` is null). */
export function lessonDrop(
  order: OutlineOrder,
  lessonId: string,
  toModuleId: string,
  beforeLessonId: string | null,
): OutlineMove | null {
  const target = order.modules.find((module) => module.id === toModuleId);
  if (!target || lessonId === beforeLessonId) return null;
  const remaining = target.lessonIds.filter((id) => id !== lessonId);
  const toIndex = beforeLessonId === null ? remaining.length : remaining.indexOf(beforeLessonId);
  return toIndex < 0 ? null : { kind: 'lesson', lessonId, toModuleId, toIndex };
}

/** A module dropped before another module (or at the end when `beforeModuleId` is null). */
export function moduleDrop(order: OutlineOrder, moduleId: string, beforeModuleId: string | null): OutlineMove | null {
  if (moduleId === beforeModuleId) return null;
  const remaining = order.modules.filter((module) => module.id !== moduleId);
  const toIndex =
    beforeModuleId === null ? remaining.length : remaining.findIndex((module) => module.id === beforeModuleId);
  return toIndex < 0 ? null : { kind: 'module', moduleId, toIndex };
}

/**
 * The course as it will look after the move, shown at once while the api saves it
 * (the api's answer replaces it, or the page reloads it on a conflict).
 */
export function arrangeCourse(course: CourseDetail, order: OutlineOrder): CourseDetail {
  const lessons = new Map(course.modules.flatMap((module) => module.lessons).map((lesson) => [lesson.id, lesson]));
  const modules = new Map(course.modules.map((module) => [module.id, module]));
  return {
    ...course,
    modules: order.modules.flatMap((entry, position) => {
      const module = modules.get(entry.id);
      if (!module) return [];
      return [
        {
          ...module,
          position,
          lessons: entry.lessonIds.flatMap((id) => {
            const lesson = lessons.get(id);
            return lesson ? [{ ...lesson, moduleId: module.id }] : [];
          }),
        },
      ];
    }),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
