// A failing example fails the build, saying what differs and why, with the criterion's explanation.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 3, Failures: 1, Errors: 0, Skipped: 0')
assert log.contains('NCT00000070.examples.eligo:10: ECOG 3')
assert log.contains('expected eligible, got ineligible by I2')
assert log.contains('I2 NOT_MET  ECOG performance status of 0-2;')
assert log.contains('latest ECOG performance status in 2026-10-27..2026-11-24: 3 on 2026-11-21')
assert log.contains('BUILD FAILURE')
return true
