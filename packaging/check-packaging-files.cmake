# SPDX-License-Identifier: MIT
# Checks that the desktop integration files agree with each other and with the project:
#   cmake -DSOURCE_DIR=... -DAPP_ID=... -DVERSION=... -DICON_SIZES="16;24;..." -P check-packaging-files.cmake
# Run by CTest as `packaging_files`; each problem is reported, then the script fails once.
cmake_minimum_required(VERSION 3.25)

set(problems "")
macro(problem text)
  list(APPEND problems "${text}")
endmacro()

set(pkg ${SOURCE_DIR}/packaging)
set(icons ${SOURCE_DIR}/resources/icons)
file(READ ${pkg}/${APP_ID}.desktop desktop)
file(READ ${pkg}/${APP_ID}.metainfo.xml metainfo)
file(READ ${pkg}/${APP_ID}.mime.xml mime)

# Icons: the SVG, and one PNG per size whose IHDR says size x size.
if(NOT EXISTS ${icons}/${APP_ID}.svg)
  problem("missing ${icons}/${APP_ID}.svg")
endif()
foreach(size IN LISTS ICON_SIZES)
  set(png ${icons}/hicolor/${size}x${size}/apps/${APP_ID}.png)
  if(NOT EXISTS ${png})
    problem("missing ${png} (run packaging/render-icons.sh)")
    continue()
  endif()
  file(READ ${png} signature LIMIT 8 HEX)
  file(READ ${png} ihdr OFFSET 16 LIMIT 8 HEX)
  string(SUBSTRING "${ihdr}" 0 8 w)
  string(SUBSTRING "${ihdr}" 8 8 h)
  math(EXPR w "0x${w}")
  math(EXPR h "0x${h}")
  if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT w EQUAL size OR NOT h EQUAL size)
    problem("${png} is ${w}x${h}, expected a ${size}x${size} PNG")
  endif()
endforeach()

# The .desktop file launches the installed binary with files and names our icon and types.
foreach(line IN ITEMS "Exec=usagelens %F" "Icon=${APP_ID}" "Categories=Office;Finance;DataVisualization;"
        "MimeType=application/x-usagelens-workspace;text/csv;application/x-ndjson;")
  string(FIND "${desktop}" "\n${line}\n" at)
  if(at EQUAL -1)
    problem("${APP_ID}.desktop lacks the line '${line}'")
  endif()
endforeach()

# The MIME package defines the types the .desktop file claims beyond shared-mime-info's own.
foreach(snippet IN ITEMS "type=\"application/x-usagelens-workspace\"" "pattern=\"*.usagelens\""
        "<sub-class-of type=\"application/vnd.sqlite3\"/>" "type=\"application/x-ndjson\"")
  string(FIND "${mime}" "${snippet}" at)
  if(at EQUAL -1)
    problem("${APP_ID}.mime.xml lacks ${snippet}")
  endif()
endforeach()

# The metainfo names this app, its .desktop file, and has release notes for this version.
foreach(snippet IN ITEMS "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
        "<release version=\"${VERSION}\"" "<content_rating type=\"oars-1.1\"")
  string(FIND "${metainfo}" "${snippet}" at)
  if(at EQUAL -1)
    problem("${APP_ID}.metainfo.xml lacks ${snippet}")
  endif()
endforeach()
# Each screenshot URL ends in the name of a screenshot kept in resources/screenshots/.
string(REGEX MATCHALL "/resources/screenshots/[A-Za-z0-9_.-]+\\.png" shots "${metainfo}")
if(NOT shots)
  problem("${APP_ID}.metainfo.xml has no screenshots")
endif()
foreach(shot IN LISTS shots)
  if(NOT EXISTS ${SOURCE_DIR}${shot})
    problem("metainfo screenshot ${shot} is not in the source tree")
  endif()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "packaging files are inconsistent:\n  ${text}")
endif()
list(LENGTH ICON_SIZES n)
message(STATUS "packaging files consistent: ${n} PNG icons, version ${VERSION}")
