-- DropIndex
DROP INDEX "Snapshot_workspaceId_capturedAt_idx";
