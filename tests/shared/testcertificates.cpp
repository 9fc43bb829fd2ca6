// SPDX-License-Identifier: BSD-3-Clause
#include "testcertificates.h"

#include <QtCore/qfile.h>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <memory>

namespace TestSupport {

namespace {

std::atomic<long> nextSerial { 1 };

QByteArray pemOf(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

QByteArray pemOf(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

void addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (extension) {
        X509_add_ext(certificate, extension, -1);
        X509_EXTENSION_free(extension);
    }
}

// A new certificate for \a key named \a commonName, valid between the two day offsets.
X509 *newCertificate(EVP_PKEY *key, const QString &commonName, int notBeforeDays, int notAfterDays)
{
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), nextSerial++);
    X509_gmtime_adj(X509_getm_notBefore(certificate), long(notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(certificate), long(notAfterDays) * 86400);
    X509_set_pubkey(certificate, key);
    X509_NAME *name = X509_get_subject_name(certificate);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("libmanager tests"), -1, -1, 0);
    return certificate;
}

EVP_PKEY *readKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

X509 *readCertificate(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return certificate;
}

} // namespace

Certificate makeCa(const QString &commonName)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *certificate = newCertificate(key, commonName, -30, 365);
    X509_set_issuer_name(certificate, X509_get_subject_name(certificate));
    addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    X509_sign(certificate, key, EVP_sha256());
    Certificate result { pemOf(certificate), pemOf(key) };
    X509_free(certificate);
    EVP_PKEY_free(key);
    return result;
}

Certificate makeSigned(const Certificate &ca, const CertificateOptions &options)
{
    EVP_PKEY *caKey = readKey(ca.key);
    X509 *caCertificate = readCertificate(ca.certificate);
    if (!caKey || !caCertificate)
        return {};
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *certificate = newCertificate(key, options.commonName, options.notBeforeDays,
                                       options.notAfterDays);
    X509_set_issuer_name(certificate, X509_get_subject_name(caCertificate));
    addExtension(certificate, caCertificate, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate, caCertificate, NID_key_usage, "critical,digitalSignature");
    addExtension(certificate, caCertificate, NID_ext_key_usage,
                 options.client ? "clientAuth" : "serverAuth");
    if (!options.altNames.isEmpty()) {
        addExtension(certificate, caCertificate, NID_subject_alt_name,
                     options.altNames.join(QLatin1Char(',')).toLatin1().constData());
    }
    addExtension(certificate, caCertificate, NID_authority_key_identifier, "keyid");
    X509_sign(certificate, caKey, EVP_sha256());
    Certificate result { pemOf(certificate), pemOf(key) };
    X509_free(certificate);
    EVP_PKEY_free(key);
    X509_free(caCertificate);
    EVP_PKEY_free(caKey);
    return result;
}

bool writeFile(const QString &path, const QByteArray &pem)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size();
}

} // namespace TestSupport
