// libsrtp 3.0 API, as used by the mediasoup worker (>= 3.14), on top of Debian's libsrtp2.
//
// mediasoup builds against versatica's libsrtp 3.0 fork, which Debian does not ship.
// The worker only needs four differences from libsrtp 2.x, all provided here:
//  - srtp_protect/srtp_unprotect(_rtcp) take separate in/out buffers with size_t
//    lengths (libsrtp2 works in place with int lengths): emulated by copying into the
//    out buffer and running the in-place libsrtp2 function there;
//  - srtp_stream_remove() (libsrtp2 name: srtp_remove_stream());
//  - two new error codes, given the values they have in libsrtp 3.0.
// Used only through tools/mediasoup/shims/libsrtp3/meson.build.
#ifndef BINA_PUSTAKA_MEDIASOUP_SRTP3_COMPAT_H
#define BINA_PUSTAKA_MEDIASOUP_SRTP3_COMPAT_H

#include <srtp2/srtp.h>

#ifdef __cplusplus
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>

static constexpr srtp_err_status_t srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
static constexpr srtp_err_status_t srtp_err_status_cryptex_err = static_cast<srtp_err_status_t>(29);

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

namespace bina_pustaka_srtp3_compat
{
	using InPlaceFn = srtp_err_status_t (*)(srtp_t, void*, int*);

	// Copies `in` to `out` (when they differ) and runs the libsrtp2 in-place function on
	// `out`. `room` is how many bytes the operation may append (auth tag, MKI, SRTCP index).
	inline srtp_err_status_t Run(
	  InPlaceFn fn, srtp_t ctx, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t room)
	{
		if (inLen > static_cast<size_t>(INT_MAX) - room || *outLen < inLen + room)
			return srtp_err_status_buffer_small;
		if (out != in)
			std::memmove(out, in, inLen);
		int len = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(ctx, out, &len);
		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);
		return err;
	}
} // namespace bina_pustaka_srtp3_compat

inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t /*mkiIndex*/)
{
	return bina_pustaka_srtp3_compat::Run(srtp_protect, ctx, rtp, rtpLen, srtp, srtpLen, SRTP_MAX_TRAILER_LEN);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return bina_pustaka_srtp3_compat::Run(srtp_unprotect, ctx, srtp, srtpLen, rtp, rtpLen, 0);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t /*mkiIndex*/)
{
	return bina_pustaka_srtp3_compat::Run(
	  srtp_protect_rtcp, ctx, rtcp, rtcpLen, srtcp, srtcpLen, SRTP_MAX_TRAILER_LEN + sizeof(uint32_t));
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return bina_pustaka_srtp3_compat::Run(srtp_unprotect_rtcp, ctx, srtcp, srtcpLen, rtcp, rtcpLen, 0);
}
#endif // __cplusplus

#endif // BINA_PUSTAKA_MEDIASOUP_SRTP3_COMPAT_H
