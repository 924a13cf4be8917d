import type { CourseDetail, LessonDetail } from '@bina-pustaka/shared-contracts';
import type { OutlineOrder } from '@bina-pustaka/web-data-access/learning';
import { applyMove, arrangeCourse, lessonDrop, lessonStep, moduleDrop, moduleStep, outlineOf } from './outline-moves';

const ORDER: OutlineOrder = {
  outlineVersion: 7,
  modules: [
    { id: 'm1', lessonIds: ['a', 'b', 'c'] },
    { id: 'm2', lessonIds: ['d'] },
    { id: 'm3', lessonIds: [] },
  ],
};

const lessonsOf = (order: OutlineOrder | null) => order?.modules.map((module) => module.lessonIds.join('')).join('|');

describe('outline moves', () => {
  it('moves a lesson within its module', () => {
    expect(lessonsOf(applyMove(ORDER, { kind: 'lesson', lessonId: 'a', toModuleId: 'm1', toIndex: 2 }))).toBe('bca|d|');
    expect(lessonsOf(applyMove(ORDER, { kind: 'lesson', lessonId: 'c', toModuleId: 'm1', toIndex: 0 }))).toBe('cab|d|');
  });

  it('moves a lesson between modules, also into an empty one', () => {
    expect(lessonsOf(applyMove(ORDER, { kind: 'lesson', lessonId: 'b', toModuleId: 'm2', toIndex: 0 }))).toBe('ac|bd|');
    expect(lessonsOf(applyMove(ORDER, { kind: 'lesson', lessonId: 'd', toModuleId: 'm3', toIndex: 5 }))).toBe('abc||d');
  });

  it('keeps the version it saw and leaves the input alone', () => {
    const moved = applyMove(ORDER, { kind: 'module', moduleId: 'm3', toIndex: 0 });
    expect(moved?.outlineVersion).toBe(7);
    expect(moved?.modules.map((module) => module.id)).toEqual(['m3', 'm1', 'm2']);
    expect(ORDER.modules.map((module) => module.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('answers null for a move that changes nothing or names nothing', () => {
    expect(applyMove(ORDER, { kind: 'lesson', lessonId: 'b', toModuleId: 'm1', toIndex: 1 })).toBeNull();
    expect(applyMove(ORDER, { kind: 'module', moduleId: 'm2', toIndex: 1 })).toBeNull();
    expect(applyMove(ORDER, { kind: 'lesson', lessonId: 'x', toModuleId: 'm1', toIndex: 0 })).toBeNull();
    expect(applyMove(ORDER, { kind: 'lesson', lessonId: 'a', toModuleId: 'mx', toIndex: 0 })).toBeNull();
  });

  it('steps a lesson up and down, across module edges', () => {
    const step = (id: string, direction: -1 | 1) => {
      const move = lessonStep(ORDER, id, direction);
      return move ? lessonsOf(applyMove(ORDER, move)) : null;
    };
    expect(step('b', -1)).toBe('bac|d|');
    expect(step('c', 1)).toBe('ab|cd|');
    expect(step('d', -1)).toBe('abcd||');
    expect(step('d', 1)).toBe('abc||d');
    expect(step('a', -1)).toBeNull();
  });

  it('steps modules up and down', () => {
    expect(moduleStep(ORDER, 'm2', -1)).toEqual({ kind: 'module', moduleId: 'm2', toIndex: 0 });
    expect(moduleStep(ORDER, 'm1', -1)).toBeNull();
    expect(moduleStep(ORDER, 'm3', 1)).toBeNull();
  });

  it('turns a drop before an item into a move', () => {
    const drop = (id: string, moduleId: string, before: string | null) => {
      const move = lessonDrop(ORDER, id, moduleId, before);
      return move ? lessonsOf(applyMove(ORDER, move)) : null;
    };
    expect(drop('a', 'm1', 'c')).toBe('bac|d|');
    expect(drop('c', 'm1', 'a')).toBe('cab|d|');
    expect(drop('a', 'm2', 'd')).toBe('bc|ad|');
    expect(drop('a', 'm2', null)).toBe('bc|da|');
    expect(drop('a', 'm1', 'a')).toBeNull();
    const move = moduleDrop(ORDER, 'm1', null);
    expect(move && applyMove(ORDER, move)?.modules.map((module) => module.id)).toEqual(['m2', 'm3', 'm1']);
    const before = moduleDrop(ORDER, 'm3', 'm2');
    expect(before && applyMove(ORDER, before)?.modules.map((module) => module.id)).toEqual(['m1', 'm3', 'm2']);
  });

  it('reads the order of a course and arranges the course by an order', () => {
    const lesson = (id: string, moduleId: string) => ({ id, moduleId, title: id }) as LessonDetail;
    const course = {
      outlineVersion: 2,
      modules: [
        { id: 'm1', title: 'Satu', position: 0, lessons: [lesson('a', 'm1'), lesson('b', 'm1')] },
        { id: 'm2', title: 'Dua', position: 1, lessons: [] },
      ],
    } as unknown as CourseDetail;
    const order = outlineOf(course);
    expect(order).toEqual({
      outlineVersion: 2,
      modules: [
        { id: 'm1', lessonIds: ['a', 'b'] },
        { id: 'm2', lessonIds: [] },
      ],
    });
    const move = lessonStep(order, 'b', 1);
    const next = move && applyMove(order, move);
    const arranged = arrangeCourse(course, next ?? order);
    expect(arranged.modules[1].lessons.map((l) => [l.id, l.moduleId])).toEqual([['b', 'm2']]);
    expect(arranged.modules[0].lessons.map((l) => l.id)).toEqual(['a']);
  });
});
