/**
 * The privacy-friendly embed address of a YouTube or Vimeo video, or null for any other
 * site (the page's CSP only lets these two players be framed).
 */
export function videoEmbedUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\.|^m\./, '');
  const id = /^[A-Za-z0-9_-]{6,20}$/;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const fromPath = /^\/(?:embed|shorts|live)\/([^/?#]+)/.exec(url.pathname)?.[1];
    const video = url.pathname === '/watch' ? url.searchParams.get('v') : fromPath;
    return video && id.test(video) ? `https://www.youtube-nocookie.com/embed/${video}` : null;
  }
  if (host === 'youtu.be') {
    const video = url.pathname.slice(1);
    return id.test(video) ? `https://www.youtube-nocookie.com/embed/${video}` : null;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const video = /^\/(?:video\/)?(\d{5,12})$/.exec(url.pathname)?.[1];
    return video ? `https://player.vimeo.com/video/${video}` : null;
  }
  return null;
}
