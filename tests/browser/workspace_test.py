#!/usr/bin/python3
"""The workspace pages in a real browser: each kind of user signs in and does their job.

Starts `eligo serve` on a free loopback port with a fresh demo database, drives headless
Chromium through chromedriver, and writes a screenshot of every page it visits into the
artefacts folder. Usage: workspace_test.py ELIGO SOURCE_DIR ARTEFACTS_DIR
"""
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

ELIGO, SOURCE, ARTEFACTS = (os.path.abspath(a) for a in sys.argv[1:4])
del sys.argv[1:4]
ROLES = ("admin", "hr", "manager", "assessor", "recruiter", "author")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo_users(output):
    """{role: (user, password)} from the lines `eligo admin init --demo` prints once: one
    `USER PASSWORD` line per role, each demo user named after their role."""
    users = {}
    for line in output.splitlines():
        words = line.split()
        if len(words) == 2 and words[0] in ROLES:
            users[words[0]] = (words[0], words[1])
    return users


class Workspace:
    """A demo workspace: its database in a temporary folder and the server on a free port."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="eligo-browser-")
        self.db = os.path.join(self.dir, "workspace.db")
        init = subprocess.run([ELIGO, "admin", "init", "--db", self.db, "--demo"], cwd=SOURCE,
                              capture_output=True, text=True, check=True)
        self.users = demo_users(init.stdout)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(ARTEFACTS, "server.log"), "w")
        self.server = subprocess.Popen([ELIGO, "serve", "--db", self.db, "--listen", f"127.0.0.1:{self.port}"],
                                       cwd=SOURCE, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=1)
                return
            except OSError:
                if self.server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("eligo serve did not start; see server.log")
                time.sleep(0.1)

    def stop(self):
        self.server.terminate()
        self.server.wait(timeout=10)
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class Chromium(webdriver.Chrome):
    """Headless Chromium with a profile folder of its own, removed when it quits."""

    def __init__(self, profile, **kwargs):
        super().__init__(**kwargs)
        self.profile = profile

    def quit(self):
        super().quit()
        shutil.rmtree(self.profile, ignore_errors=True)


def chromium(downloads, javascript=True):
    profile = tempfile.mkdtemp(prefix="eligo-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False,
                                              "profile.managed_default_content_settings.javascript":
                                                  1 if javascript else 2})
    return Chromium(profile, service=Service("/usr/bin/chromedriver"), options=options)


class PagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(ARTEFACTS, exist_ok=True)
        cls.downloads = os.path.join(ARTEFACTS, "downloads")
        shutil.rmtree(cls.downloads, ignore_errors=True)
        os.makedirs(cls.downloads)
        cls.ws = Workspace()
        cls.browser = chromium(cls.downloads)

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.ws.stop()

    def setUp(self):
        self.browser.delete_all_cookies()

    # --- helpers ---------------------------------------------------------------------------

    def open(self, path):
        self.browser.get(self.ws.base + path)

    def shot(self, name, width=1280):
        """The whole page, not only what the window shows, at WIDTH pixels."""
        self.browser.set_window_size(width, 1000)
        height = self.browser.execute_script("return document.documentElement.scrollHeight")
        self.browser.set_window_size(width, min(max(height, 600), 6000))
        self.browser.save_screenshot(os.path.join(ARTEFACTS, name + ".png"))
        self.browser.set_window_size(1280, 1000)

    def downloaded(self, prefix):
        """The path of the workbook named PREFIX... once the browser has it whole. Chromium
        writes a download under another name (`.crdownload`) and may put an empty file under
        the final name while it does, so the workbook counts as there only when no download is
        in progress and it reads as a whole ZIP archive."""
        deadline = time.monotonic() + 20
        while True:
            files = os.listdir(self.downloads)
            names = [f for f in files if f.startswith(prefix) and f.endswith(".xlsx")]
            in_progress = any(f.endswith(".crdownload") for f in files)
            if names and not in_progress:
                path = os.path.join(self.downloads, names[0])
                if zipfile.is_zipfile(path):
                    return path
            self.assertLess(time.monotonic(), deadline, f"no whole {prefix}*.xlsx downloaded")
            time.sleep(0.2)

    def assert_fits(self, width):
        """At WIDTH pixels (a phone, or a laptop at 200 % zoom) the page needs no sideways
        scrolling: wide tables scroll inside their own box."""
        self.browser.set_window_size(width, 900)
        overflow = self.browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        self.browser.set_window_size(1280, 1000)
        self.assertLessEqual(overflow, 0, f"the page is wider than {width} pixels")

    def text(self):
        return self.browser.find_element(By.TAG_NAME, "body").text

    def h1(self):
        return self.browser.find_element(By.TAG_NAME, "h1").text

    def field(self, label):
        """The form control a visible label names: forms are usable by their labels."""
        for element in self.browser.find_elements(By.TAG_NAME, "label"):
            if element.text.strip() == label and element.get_attribute("for"):
                return self.browser.find_element(By.ID, element.get_attribute("for"))
        self.fail(f"no field labelled {label!r}")

    def sign_in(self, role):
        user, password = self.ws.users[role]
        self.open("/login")
        self.field("User name").send_keys(user)
        self.field("Password").send_keys(password)
        self.click_button("Sign in")
        self.assertIn(f"{user} ({role})", self.text())
        return user

    def navigates(self, element):
        """Clicks ELEMENT and waits for the next page: reading before it arrives would read the old one."""
        old = self.browser.find_element(By.TAG_NAME, "html")
        element.click()

        def gone(_):
            # Chromium may answer for a node of the page being replaced with "does not belong to
            # the document" instead of a stale reference: either way the old page is gone.
            try:
                return expected_conditions.staleness_of(old)(None)
            except WebDriverException as e:
                if "does not belong to the document" in str(e):
                    return True
                raise

        WebDriverWait(self.browser, 20).until(gone)

    def click_button(self, label, within=None):
        self.navigates((within or self.browser).find_element(By.XPATH, f".//button[normalize-space()='{label}']"))

    def assert_page_basics(self):
        html = self.browser.find_element(By.TAG_NAME, "html")
        self.assertEqual(html.get_attribute("lang"), "en-GB")
        self.assertEqual(len(self.browser.find_elements(By.TAG_NAME, "h1")), 1)
        for control in self.browser.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), select, textarea"):
            if control.get_attribute("type") == "radio":
                continue
            labelled = self.browser.find_elements(By.CSS_SELECTOR, f"label[for='{control.get_attribute('id')}']")
            self.assertTrue(labelled, f"unlabelled control {control.get_attribute('name')}")
        # A refusal's own status (401, 403, 422) is logged too; what must never fail is a rule of
        # the content security policy, or the stylesheet, script or anything else a page loads.
        levels = [int(h.tag_name[1]) for h in self.browser.find_elements(By.CSS_SELECTOR, "h1, h2, h3, h4, h5, h6")]
        for before, after in zip(levels, levels[1:]):
            self.assertLessEqual(after, before + 1, f"a heading level is skipped: {levels}")
        errors = [e for e in self.browser.get_log("browser") if e["level"] == "SEVERE"
                  and not (e["source"] == "network" and "/static/" not in e["message"])]
        self.assertEqual(errors, [], "the page broke a rule of its content security policy or failed to load")

    # --- each kind of user ---------------------------------------------------------------

    def test_sign_in_refused_then_home_and_sign_out(self):
        self.open("/login")
        self.assert_page_basics()
        self.shot("login")
        self.field("User name").send_keys("nobody")
        self.field("Password").send_keys("wrong")
        self.click_button("Sign in")
        self.assertIn("the user name or password is not right", self.text())
        self.shot("login-refused")
        # By keyboard alone: the name, Tab to the password, Enter to send.
        user, password = self.ws.users["hr"]
        self.open("/login")
        self.field("User name").send_keys(user + Keys.TAB + password + Keys.ENTER)
        WebDriverWait(self.browser, 20).until(lambda b: b.find_element(By.TAG_NAME, "h1").text == "Your work")
        self.assertRegex(self.text(), r"\d+ people, [1-9]\d* ready for the next level")
        self.assert_page_basics()
        self.shot("home-hr")
        self.click_button("Sign out")
        self.open("/team")
        self.assertEqual(self.h1(), "Sign in")

    def test_hr_finds_a_person_ready_and_records_a_decision(self):
        self.sign_in("hr")
        self.open("/team")
        self.assert_page_basics()
        self.shot("team")
        # Roles by the titles HR knows them by.
        self.assertIn("Tenancy Management Officer", self.text())
        self.assert_fits(420)
        Select(self.field("Ready for the next level")).select_by_visible_text("yes")
        self.click_button("Filter")
        rows = self.browser.find_elements(By.CSS_SELECTOR, "table tbody tr")
        self.assertTrue(rows, "nobody in the demo team is ready for the next level")
        self.navigates(rows[0].find_element(By.TAG_NAME, "a"))
        self.assertIn("Level ladder", self.text())
        self.assert_page_basics()
        self.shot("person")
        self.assert_fits(420)
        self.shot("person-narrow", 420)
        # Printed for the file: no site header or forms, the ladder and the criteria kept.
        self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        self.assertFalse(self.browser.find_element(By.CSS_SELECTOR, "header.site").is_displayed())
        self.assertFalse(self.browser.find_element(By.CSS_SELECTOR, "main form").is_displayed())
        self.assertTrue(self.browser.find_element(By.CSS_SELECTOR, "ol.ladder").is_displayed())
        pdf = self.browser.execute_cdp_cmd("Page.printToPDF", {})["data"]
        with open(os.path.join(ARTEFACTS, "person-printed.pdf"), "wb") as f:
            f.write(base64.b64decode(pdf))
        self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        # The form offers the level attained above the record first.
        self.assertEqual(Select(self.field("Level")).first_selected_option.text, "B")
        self.click_button("Record decision")
        receipt = self.browser.find_element(By.CSS_SELECTOR, "[role=status] a")
        self.assertTrue(receipt.text)
        self.shot("person-decision-recorded")
        self.navigates(receipt)
        self.assert_page_basics()
        self.assertIn("progressed to level B", self.text())
        self.assertIn("C not eligible", self.text())
        self.shot("receipt")

    def test_hr_imports_a_profile_as_a_new_version(self):
        self.sign_in("hr")
        self.open("/import")
        self.assert_page_basics()
        self.field("People file (a profile JSON file, JSON Lines, or CSV)").send_keys(
            os.path.join(SOURCE, "profiles/e-1187.json"))
        self.click_button("Import")
        self.assertIn("1 person written, 0 records refused", self.text())
        self.assertIn("E-1187: version 2", self.text())
        self.shot("import")
        # The new version keeps the person in their manager's team.
        self.sign_in("manager")
        self.open("/my-team")
        self.assertIn("E-1187", self.browser.page_source)

    def test_text_from_a_profile_is_shown_as_text(self):
        hostile = {"id": "E-7001", "name": "<script>document.title='owned'</script>",
                   "current_role": {"role": "rehousing/rehousing-officer", "level": "A"}}
        formula = {"id": "E-7002", "name": "=HYPERLINK(\"http://example.invalid\",\"x\")",
                   "current_role": {"role": "rehousing/rehousing-officer", "level": "A"}}
        path = os.path.join(self.ws.dir, "hostile.jsonl")
        with open(path, "w") as f:
            f.write(json.dumps(hostile) + "\n" + json.dumps(formula) + "\n")
        self.sign_in("hr")
        self.open("/import")
        self.field("People file (a profile JSON file, JSON Lines, or CSV)").send_keys(path)
        self.click_button("Import")
        self.assertIn("2 people written", self.text())
        self.open("/team")
        self.assertIn(hostile["name"], self.text())
        self.assertIn(formula["name"], self.text())
        self.assertNotEqual(self.browser.title, "owned")
        self.open("/team.xlsx")
        with zipfile.ZipFile(self.downloaded("team-")) as z:
            sheets = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
            strings = z.read("xl/sharedStrings.xml").decode()
        self.assertNotIn("<f>", sheets, "a cell became a formula")
        self.assertIn("=HYPERLINK(", strings)
        self.open("/people/E-7001")
        self.assertEqual(self.h1(), hostile["name"])
        self.shot("person-hostile-name")

    def test_hr_imports_applicant_tracking_csv_through_a_mapping(self):
        self.sign_in("hr")
        self.open("/import")
        self.field("People file (a profile JSON file, JSON Lines, or CSV)").send_keys(
            os.path.join(SOURCE, "examples/screening/applicants.csv"))
        self.field("Column mapping for a CSV file (JSON)").send_keys(
            os.path.join(SOURCE, "examples/screening/ats-mapping.json"))
        self.click_button("Import")
        # Row 10 of the example has one cell too many: reported, the others written.
        self.assertIn("11 people written, 1 record refused", self.text())
        # Named by the file chosen, not by the API's word for the upload.
        self.assertIn("applicants.csv row 10: row has 75 cells, the header 74", self.text())
        self.assertNotIn("body row 10", self.text())
        self.assertNotIn("applicants.csv row 10: applicants.csv row 10", self.text())
        self.shot("import-csv")

    def test_manager_assesses_and_sees_the_verdict_change(self):
        self.sign_in("manager")
        self.open("/my-team")
        self.assert_page_basics()
        self.shot("my-team")
        form = self.browser.find_element(By.CSS_SELECTOR, "main form")
        person = form.get_attribute("action").split("/people/")[1].split("/")[0]
        competency = form.find_element(By.NAME, "competency").get_attribute("value")
        waiting = len(self.browser.find_elements(By.CSS_SELECTOR, f"form[action$='/people/{person}/assessments']"))
        form.find_element(By.CSS_SELECTOR, "input[value=met]").click()
        date = form.find_element(By.CSS_SELECTOR, "input[type=date]")
        self.browser.execute_script("arguments[0].value = '2026-11-01'", date)
        form.find_element(By.TAG_NAME, "textarea").send_keys("Observed at the case review <b>")
        self.click_button("Save assessment", form)
        self.assertIn("Assessment saved", self.text())
        after = self.browser.find_elements(By.CSS_SELECTOR, f"form[action$='/people/{person}/assessments']")
        self.assertEqual(len(after), waiting - 1)
        self.assertFalse(any(f.find_element(By.NAME, "competency").get_attribute("value") == competency for f in after))
        self.shot("my-team-saved")
        self.navigates(self.browser.find_element(By.CSS_SELECTOR, f"main h2 a[href='/people/{person}']"))
        self.assertIn("Level ladder", self.text())
        self.assertIn("Observed at the case review <b>", self.text())

    def test_recruiter_uploads_the_example_and_downloads_a_workbook(self):
        self.sign_in("recruiter")
        self.open("/vacancies")
        self.assert_page_basics()
        self.shot("vacancies")
        Select(self.field("Role")).select_by_value("job-profiles/rehousing-officer")
        self.field("Level").send_keys("A")
        self.browser.execute_script("arguments[0].value = '2026-12-31'", self.field("Closing date"))
        self.field("Column mapping for CSV uploads (JSON, optional)").send_keys(
            os.path.join(SOURCE, "examples/screening/ats-mapping.json"))
        self.click_button("Open vacancy")
        self.field("Applicants file (CSV with a header row, or JSON Lines)").send_keys(
            os.path.join(SOURCE, "examples/screening/applicants.csv"))
        self.click_button("Upload and screen")
        # Row 10 of the example has a cell too many: listed, the others screened.
        self.assertIn("1 record could not be read; the others were screened.", self.text())
        # Named by the file chosen, not by the API's word for the upload.
        self.assertIn("applicants.csv row 10: row has 75 cells, the header 74", self.text())
        self.assertNotIn("body row 10", self.text())
        self.assertNotIn("applicants.csv row 10: applicants.csv row 10", self.text())
        self.navigates(self.browser.find_element(By.LINK_TEXT, "See the results"))
        self.assertIn("Shortlist", self.text())
        self.assertIn("Rehousing Officer (job-profiles/rehousing-officer), level A", self.text())
        # Ranked: the applicant meeting both desirable criteria comes first.
        first = self.browser.find_element(By.CSS_SELECTOR, "table tbody tr")
        self.assertIn("desirable criteria met: 2 of 2", first.text)
        self.assertNotIn("Jordan Example", self.text())
        self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar"))
        self.assert_page_basics()
        self.shot("results")
        self.navigates(self.browser.find_element(By.LINK_TEXT, "Show names"))
        self.assertIn("Jordan Example", self.text())
        self.browser.find_element(By.LINK_TEXT, "Download XLSX").click()
        with zipfile.ZipFile(self.downloaded("vacancy-")) as z:
            self.assertIn("xl/workbook.xml", z.namelist())

    def test_recruiter_uploads_without_javascript(self):
        """The upload's progress bar is the script's; without script the form still works."""
        plain = chromium(self.downloads, javascript=False)
        try:
            self.browser, saved = plain, self.browser
            self.sign_in("recruiter")
            self.open("/vacancies")
            Select(self.field("Role")).select_by_value("job-profiles/rehousing-officer")
            self.field("Level").send_keys("A")
            # No script runs here, so the date is typed; 12/12 reads the same in either order.
            self.field("Closing date").send_keys("12122026")
            self.field("Column mapping for CSV uploads (JSON, optional)").send_keys(
                os.path.join(SOURCE, "examples/screening/ats-mapping.json"))
            self.click_button("Open vacancy")
            # An export named in capitals, as some tracking systems write them, is still CSV.
            shouting = os.path.join(self.ws.dir, "APPLICANTS.CSV")
            shutil.copyfile(os.path.join(SOURCE, "examples/screening/applicants.csv"), shouting)
            self.field("Applicants file (CSV with a header row, or JSON Lines)").send_keys(shouting)
            self.click_button("Upload and screen")
            self.assertIn("1 record could not be read; the others were screened.", self.text())
            self.navigates(self.browser.find_element(By.LINK_TEXT, "See the results"))
            self.assertIn("Shortlist (5)", self.text())
            self.shot("results-without-javascript")
        finally:
            self.browser = saved
            plain.quit()

    def test_recruiter_cannot_open_an_employee_page(self):
        self.sign_in("recruiter")
        self.open("/people/E-1042")
        self.assertNotIn("Level ladder", self.text())
        # Refused as the API refuses it (403), and nothing of the record shown.
        self.assertEqual("Not allowed", self.h1())
        self.open("/team")
        self.assertNotIn("Level ladder", self.text())
        self.assertNotIn("E-1042", self.text())
        self.shot("recruiter-refused")

    def test_author_reads_a_role_document_readings_and_check(self):
        self.sign_in("author")
        self.open("/roles")
        self.assert_page_basics()
        self.shot("roles")
        self.navigates(self.browser.find_element(By.CSS_SELECTOR, "table tbody tr a"))
        self.assertIn("Level A", self.text())
        self.assert_page_basics()
        self.shot("role-document")
        self.open("/readings")
        self.assert_page_basics()
        self.shot("readings")
        self.open("/check")
        self.assert_page_basics()
        # The same summary line as `eligo check` on the same rules.
        check = subprocess.run([ELIGO, "check"], cwd=SOURCE, capture_output=True, text=True)
        self.assertIn(check.stdout.strip().splitlines()[-1], self.text())
        self.shot("check")


if __name__ == "__main__":
    unittest.main(verbosity=2)
