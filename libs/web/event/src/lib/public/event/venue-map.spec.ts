import { openStreetMapUrl } from './venue-map';

describe('the venue map', () => {
  it('links the venue on OpenStreetMap only with both coordinates', () => {
    const venue = { name: 'Perpustakaan', address: 'Jl. Merdeka 1', city: null, latitude: -6.2, longitude: 106.8 };
    expect(openStreetMapUrl(venue)).toBe('https://www.openstreetmap.org/?mlat=-6.2&mlon=106.8#map=17/-6.2/106.8');
    expect(openStreetMapUrl({ ...venue, longitude: null })).toBeNull();
    expect(openStreetMapUrl(null)).toBeNull();
  });
});
