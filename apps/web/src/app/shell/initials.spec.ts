import { initialsOf } from './initials';

describe('initialsOf', () => {
  it('takes the first and last name, leaving academic titles out', () => {
    expect(initialsOf('Bambang Sutrisno, S.IP.')).toBe('BS');
    expect(initialsOf('Dr. Siti Rahmawati, M.Hum.')).toBe('SR');
    expect(initialsOf('Agus Setiawan, S.Sos., M.I.P.')).toBe('AS');
    expect(initialsOf('Rina Marlina, S.Kom.')).toBe('RM');
    expect(initialsOf('Made Wirawan Putra')).toBe('MP');
  });

  it('copes with one word, lower case and titles only', () => {
    expect(initialsOf('dewi')).toBe('D');
    expect(initialsOf('Dr.')).toBe('D');
    expect(initialsOf('')).toBe('');
  });
});
