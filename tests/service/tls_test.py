"""`eligo serve --tls-cert F --tls-key F`: HTTPS with a self-signed certificate made here by the
openssl command; plain HTTP refused on the same port; the flags' refusals.
Usage: tls_test.py ELIGO SOURCE_DIR"""
import http.client
import os
import ssl
import subprocess
import sys
import time
import unittest

from workspace import Workspace


class Tls(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ws = Workspace(sys.argv[1], sys.argv[2])
        cls.cert = os.path.join(cls.ws.dir, "cert.pem")
        cls.key = os.path.join(cls.ws.dir, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", cls.key, "-out", cls.cert,
                        "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        cls.ws.close()

    def serve(self, *flags):
        return subprocess.run([self.ws.eligo, "--rules", self.ws.rules, "serve", "--db", self.ws.db,
                               "--listen", f"127.0.0.1:{self.ws.port}", *flags], capture_output=True, text=True, timeout=20)

    def test_https_served_and_plain_http_refused(self):
        process = subprocess.Popen([self.ws.eligo, "--rules", self.ws.rules, "serve", "--db", self.ws.db,
                                    "--listen", f"127.0.0.1:{self.ws.port}", "--tls-cert", self.cert, "--tls-key", self.key],
                                   stdout=self.ws.log, stderr=self.ws.log)
        try:
            context = ssl.create_default_context(cafile=self.cert)
            status, body = None, None
            for _ in range(200):
                try:
                    conn = http.client.HTTPSConnection("127.0.0.1", self.ws.port, context=context, timeout=20)
                    conn.request("GET", "/api/v1/roles", headers={"Authorization": "Bearer " + self.ws.tokens["hr"]})
                    response = conn.getresponse()
                    status, body = response.status, response.read()
                    conn.close()
                    break
                except ConnectionRefusedError:
                    time.sleep(0.05)
            self.assertEqual(status, 200)
            self.assertIn(b'"roles"', body)
            plain = http.client.HTTPConnection("127.0.0.1", self.ws.port, timeout=20)
            with self.assertRaises((http.client.HTTPException, ConnectionError)):
                plain.request("GET", "/healthz")
                plain.getresponse()
            plain.close()
        finally:
            process.terminate()
            self.assertEqual(process.wait(timeout=20), 0)

    def test_one_flag_alone_is_refused(self):
        result = self.serve("--tls-cert", self.cert)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "--tls-cert: given without --tls-key; give both, or neither for plain HTTP\n")
        result = self.serve("--tls-key", self.key)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "--tls-key: given without --tls-cert; give both, or neither for plain HTTP\n")

    def test_an_unreadable_file_is_named(self):
        missing = os.path.join(self.ws.dir, "missing.pem")
        result = self.serve("--tls-cert", self.cert, "--tls-key", missing)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, f"--tls-key: `{missing}` cannot be read\n")
        result = self.serve("--tls-cert", self.ws.dir, "--tls-key", self.key)
        self.assertEqual(result.stderr, f"--tls-cert: `{self.ws.dir}` cannot be read\n")

    def test_files_that_are_not_a_certificate_and_key_are_refused(self):
        result = self.serve("--tls-cert", self.key, "--tls-key", self.key)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"--tls-cert `{self.key}`, --tls-key `{self.key}`: not a PEM certificate and its private key",
                      result.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=1)
