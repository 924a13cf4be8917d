import { PendingQueue } from './pending-queue';

describe('PendingQueue', () => {
  beforeEach(() => localStorage.clear());

  it('gives entries oldest first, whatever order their keys were added in', () => {
    const queue = new PendingQueue<{ value: string }>('bp.test');
    queue.put('b', { value: 'kedua' }, 20);
    queue.put('a', { value: 'pertama' }, 10);
    queue.put('c', { value: 'ketiga' }, 30);
    expect(queue.ordered().map(([key]) => key)).toEqual(['a', 'b', 'c']);
    // A newer change to a key moves it to the end.
    queue.put('a', { value: 'pertama lagi' }, 40);
    expect(new PendingQueue('bp.test').ordered().map(([key]) => key)).toEqual(['b', 'c', 'a']);
  });

  it('ignores what is stored in a shape it does not know', () => {
    localStorage.setItem('bp.test', JSON.stringify({ a: { value: 'x', seq: 1 }, b: 'rusak', c: null }));
    expect(Object.keys(new PendingQueue('bp.test').all())).toEqual(['a']);
    localStorage.setItem('bp.test', '[1,2]');
    expect(new PendingQueue('bp.test').size).toBe(0);
    localStorage.setItem('bp.test', '{bukan json');
    expect(new PendingQueue('bp.test').size).toBe(0);
  });

  it('removes its storage once empty', () => {
    const queue = new PendingQueue<{ value: string }>('bp.test');
    queue.put('a', { value: 'x' }, 1);
    queue.acknowledge('a', 1);
    expect(localStorage.getItem('bp.test')).toBeNull();
  });
});
