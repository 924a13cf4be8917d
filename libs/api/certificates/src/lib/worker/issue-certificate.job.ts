/** Render and store one certificate that was asked for (its row is already there, pending). */
export interface IssueCertificateJob {
  certificateId: string;
}

export const ISSUE_CERTIFICATE_JOB = 'issue-certificate';
