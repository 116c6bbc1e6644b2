# Sourced by .ci/run and ./demo: export JAVA_HOME for a JDK >= 21 (Vaadin 25 and Lucene 10 need it).
# Keeps the user's JAVA_HOME or default java when new enough; otherwise looks in the usual JDK folders.
java_major() {
  "$1" -version 2>&1 | sed -n -E 's/.*version "([0-9]+).*/\1/p' | head -1
}

if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=""
  if command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  else
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
      if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
        JAVA_HOME=$candidate
        break
      fi
    done
  fi
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "No JDK 21 or newer found: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
