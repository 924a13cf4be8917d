import { TestBed } from '@angular/core/testing';
import { computed, signal } from '@angular/core';
import type { WebinarChatMessage, WebinarPeer } from '@bina-pustaka/shared-contracts';
import { WebinarRoomClient } from '@bina-pustaka/web-data-access/webinar-room';
import { webinarTranslocoTesting } from '../testing';
import { ChatPanelComponent } from './chat-panel.component';

const ME: WebinarPeer = {
  userId: 'u-dewi',
  name: 'Dewi Lestari',
  role: 'attendee',
  handRaised: false,
  canSpeak: false,
  network: null,
};

function fakeRoom(role: WebinarPeer['role']) {
  const me = signal<WebinarPeer>({ ...ME, role });
  const chat = signal<WebinarChatMessage[]>([]);
  return {
    me,
    chat,
    chatLocked: signal(false),
    isModerating: computed(() => me().role === 'host' || me().role === 'moderator'),
    sendChat: jest.fn(async (body: string) => {
      const message = {
        id: `m${chat().length}`,
        userId: 'u-dewi',
        name: 'Dewi Lestari',
        body,
        sentAt: '2026-11-25T07:00:00Z',
      };
      chat.update((list) => [...list, message]);
      return message;
    }),
    deleteChat: jest.fn(async () => null),
    lockChat: jest.fn(async () => null),
    act: jest.fn(async (call: () => Promise<unknown>) => {
      await call();
      return true;
    }),
  };
}

describe('ChatPanelComponent', () => {
  function render(role: WebinarPeer['role']) {
    const room = fakeRoom(role);
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting(), ChatPanelComponent],
      providers: [{ provide: WebinarRoomClient, useValue: room }],
    });
    const fixture = TestBed.createComponent(ChatPanelComponent);
    return { room, fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('sends with Enter, empties the box, and shows the message in a polite log', async () => {
    const { room, fixture, element } = render('attendee');
    await fixture.whenStable();
    const box = element.querySelector('textarea') as HTMLTextAreaElement;
    box.value = '  Selamat siang!  ';
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    expect(room.sendChat).toHaveBeenCalledWith('Selamat siang!');
    expect(box.value).toBe('');
    const log = element.querySelector('[role="log"]');
    expect(log?.getAttribute('aria-live')).toBe('polite');
    expect(log?.textContent).toContain('Selamat siang!');
    // Shift+Enter is a new line, not a send; an empty box sends nothing.
    box.value = 'baris';
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    (element.querySelector('textarea') as HTMLTextAreaElement).value = '   ';
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(room.sendChat).toHaveBeenCalledTimes(1);
  });

  it('a locked chat takes no messages from attendees, but a moderator may still write and unlock it', async () => {
    const attendee = render('attendee');
    attendee.room.chatLocked.set(true);
    await attendee.fixture.whenStable();
    expect(attendee.element.querySelector('textarea')).toBeNull();
    expect(attendee.element.textContent).toContain('Obrolan sedang dikunci oleh host.');
    TestBed.resetTestingModule();

    const moderator = render('moderator');
    moderator.room.chatLocked.set(true);
    await moderator.fixture.whenStable();
    expect(moderator.element.querySelector('textarea')).not.toBeNull();
    const lock = moderator.element.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(lock.checked).toBe(true);
    lock.click();
    expect(moderator.room.lockChat).toHaveBeenCalledWith(false);
  });
});
