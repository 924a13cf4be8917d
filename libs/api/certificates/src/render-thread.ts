/**
 * Entry point of a certificate render thread (`@bina-pustaka/api-certificates/render-thread`).
 * A build input: an app that runs CertificatesWorkerModule bundles this file as a script of
 * its own and passes that script's path as `renderThread` (see the README, "Build inputs").
 */
import './lib/render/certificate-render-thread';
