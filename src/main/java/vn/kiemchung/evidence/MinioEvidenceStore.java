package vn.kiemchung.evidence;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.util.ArrayList;
import java.util.List;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.InputStream;
import java.nio.file.Path;

/** {@link EvidenceStore} on any S3 API server through the MinIO Java client. */
class MinioEvidenceStore implements EvidenceStore {

    private final MinioClient client;
    private final String bucket;

    MinioEvidenceStore(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    void ensureBucket() {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
        } catch (Exception e) {
            throw new StorageUnavailableException("cannot reach bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, Path file, long size, String contentType) {
        try {
            client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                    .filename(file.toString()).contentType(contentType == null ? "application/octet-stream" : contentType)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("cannot store object " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (Exception e) {
            throw new StorageUnavailableException("cannot read object " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return false;
            }
            throw new StorageUnavailableException("cannot check object " + key + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new StorageUnavailableException("cannot check object " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredKey> list(String prefix) {
        try {
            List<StoredKey> keys = new ArrayList<>();
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                    .recursive(true).build())) {
                Item item = result.get();
                if (!item.isDir()) {
                    keys.add(new StoredKey(item.objectName(), item.lastModified().toInstant()));
                }
            }
            return keys;
        } catch (Exception e) {
            throw new StorageUnavailableException("cannot list objects under " + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (Exception e) {
            throw new StorageUnavailableException("cannot delete object " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean available() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            return false;
        }
    }
}
