#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One participant's round on the phone page, in headless Chromium through chromedriver
(Debian's chromium, chromium-driver, python3-selenium; scripts/deps.sh installs them).

Run by the editor test "participation: a phone in a real browser names three partners and
ticks two" (tests/editor/test_participation_browser.cpp), which has the editor serve the
page: chooses the participant, types the partners (Enter after each), prints NAMES-SENT,
waits until the editor accepted them (the facilitator one by one: a welcome after each)
and checks the page sent each partner once, prints NAMES-DONE, waits for the priority round, ticks the partners
and waits until the editor holds the marks, then prints MARKS-DONE.

Exit codes: 0 done, 1 failed, 77 a tool is missing (only outside CI: with CI set a
missing tool is a failure)."""
import argparse
import os
import shutil
import sys
import tempfile
import traceback


def in_ci():
    return os.environ.get('CI', '').strip().lower() not in ('', '0', 'false')


def missing(reason):
    print('MISSING: ' + reason, flush=True)
    sys.exit(1 if in_ci() else 77)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    missing('python3-selenium is not installed (scripts/deps.sh installs it)')


def start_browser(profile):
    driver_path = '/usr/bin/chromedriver'
    if not os.path.exists(driver_path):
        missing('chromedriver is not installed (Debian: chromium-driver; scripts/deps.sh)')
    browser = shutil.which('chromium') or '/usr/bin/chromium'
    if not os.path.exists(browser):
        missing('chromium is not installed (scripts/deps.sh installs it)')
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--window-size=390,844', '--user-data-dir=' + profile):
        options.add_argument(arg)
    # A phone in portrait: 390 x 844 CSS pixels with touch (a desktop window is wider).
    options.add_experimental_option('mobileEmulation', {
        'deviceMetrics': {'width': 390, 'height': 844, 'pixelRatio': 1.0, 'touch': True}})
    return webdriver.Chrome(service=Service(driver_path), options=options)


def visible(driver, section):
    return driver.find_element(By.ID, section).is_displayed()


def tap_partner(driver, label):
    """Taps the priority screen's button of `label`; False to try again (drawn anew)."""
    try:
        for button in driver.find_elements(By.CSS_SELECTOR, '#partners button.partner'):
            if button.text == label:
                button.click()
                return True
    except StaleElementReferenceException:
        pass
    return False


# Counts what the page sends, per message type and cid (window.__nwkSent["partner c1"]).
COUNT_SENDS = """
(function () {
  window.__nwkSent = {};
  var send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    try {
      var m = JSON.parse(data);
      if (m.cid) { var k = m.t + ' ' + m.cid; window.__nwkSent[k] = (window.__nwkSent[k] || 0) + 1; }
    } catch (e) {}
    return send.apply(this, arguments);
  };
})();
"""


def sent_twice(driver):
    counts = driver.execute_script('return window.__nwkSent || {};')
    return {k: n for k, n in counts.items() if n != 1}


def run(args, driver):
    wait = WebDriverWait(driver, args.timeout)
    driver.execute_cdp_cmd('Page.addScriptToEvaluateOnNewDocument', {'source': COUNT_SENDS})
    driver.get(args.url)
    wait.until(lambda d: visible(d, 'who'))
    if args.screenshot:
        driver.save_screenshot(args.screenshot.replace('.png', '-who.png'))
    people = driver.find_elements(By.CSS_SELECTOR, '#people button.person')
    mine = [b for b in people if b.text.split(' ')[0] == args.participant]
    if not mine:
        raise RuntimeError('no button for %s among %s' % (args.participant, [b.text for b in people]))
    mine[0].click()
    wait.until(lambda d: visible(d, 'names'))

    field = driver.find_element(By.ID, 'label')
    for name in args.names:
        field.send_keys(name + Keys.ENTER)
        # Sent at once: the field is empty again and keeps the focus for the next one.
        assert field.get_attribute('value') == '', 'the field keeps %r' % field.get_attribute('value')
        assert driver.switch_to.active_element == field, 'the field lost the focus'
    print('NAMES-SENT', flush=True)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, '#sent .state.accepted'))
               == len(args.names))
    # Every accept changed the map and brought a welcome: none made the page send again.
    twice = sent_twice(driver)
    assert not twice, 'sent more than once: %r' % twice
    if args.screenshot:
        driver.save_screenshot(args.screenshot)
    # A reload (a phone that slept, a tap on refresh): the same device, still this participant,
    # the sent ones shown again and nothing sent twice (the editor's file counts them).
    driver.refresh()
    wait.until(lambda d: visible(d, 'names'))
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, '#sent .state.accepted'))
               == len(args.names))
    twice = sent_twice(driver)
    assert not twice, 'sent again after the reload: %r' % twice
    print('NAMES-DONE', flush=True)

    wait.until(lambda d: visible(d, 'marks'))
    for label in args.ticks:
        # The list is drawn again on every change: find the button afresh each time.
        wait.until(lambda d: tap_partner(d, label))
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, '#partners .partner.confirmed'))
               == len(args.ticks))
    if args.screenshot:
        driver.save_screenshot(args.screenshot.replace('.png', '-marks.png'))
    print('MARKS-DONE', flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--url', required=True)
    parser.add_argument('--participant', required=True, help='the code, e.g. P1')
    parser.add_argument('--names', nargs='+', required=True)
    parser.add_argument('--ticks', nargs='+', required=True)
    parser.add_argument('--timeout', type=float, default=30)
    parser.add_argument('--screenshot', default='')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as profile:
        driver = start_browser(profile)
        try:
            run(args, driver)
        except Exception:
            traceback.print_exc()
            try:
                print(driver.find_element(By.TAG_NAME, 'body').text, file=sys.stderr)
            except Exception:
                pass
            return 1
        finally:
            driver.quit()
    return 0


if __name__ == '__main__':
    sys.exit(main())
