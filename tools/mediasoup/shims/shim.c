/*
 * Placeholder translation unit. build-worker.sh copies this file into every shim
 * subproject: the worker's meson.build passes each subproject's library target to
 * `link_whole`, so each shim must define a (real, but empty) static library. The
 * actual code comes from the Debian shared library named in the shim's dependency().
 */
int mediasoup_worker_shim_placeholder(void);
int mediasoup_worker_shim_placeholder(void) { return 0; }
