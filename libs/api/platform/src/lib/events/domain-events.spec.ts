import { Logger } from '@nestjs/common';
import { DomainEvents } from './domain-events';

describe('DomainEvents', () => {
  it('tells every listener, and a failing one neither stops the others nor fails the emitter', async () => {
    const events = new DomainEvents<{ userId: string }>('TestEvents');
    const heard: string[] = [];
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    events.listen(async () => {
      throw new Error('room server away');
    });
    events.listen(async ({ userId }) => {
      heard.push(userId);
    });
    await expect(events.emit({ userId: 'u1' })).resolves.toBeUndefined();
    expect(heard).toEqual(['u1']);
    expect(logged).toHaveBeenCalledWith('a listener failed: room server away');
    logged.mockRestore();
  });
});
