import { toMegabytes, uploadLimitBytes, uploadLimitMb } from "@/lib/config/upload-limit";
import { AppError } from "@/lib/errors/app-error";

/** Refuses an upload over the limit with "The file is N MB; the limit is M MB", on the file field. */
export function checkUploadSize(bytes: number): void {
  if (bytes <= uploadLimitBytes) return;
  throw new AppError("VALIDATION", `Upload of ${bytes} bytes is over the ${uploadLimitMb} MB limit`, {
    fields: { file: "fileTooLarge" },
    messageKey: "fileTooLarge",
    values: { size: toMegabytes(bytes), limit: uploadLimitMb },
  });
}
