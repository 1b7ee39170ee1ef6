-- DropIndex
DROP INDEX "Anomaly_productId_kind_toSnapshotId_key";
