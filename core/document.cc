#include "core/document.h"

namespace wenshu {

std::string_view ZoneName(Zone zone) {
  switch (zone) {
    case Zone::kHeader:
      return "header";
    case Zone::kParties:
      return "parties";
    case Zone::kBody:
      return "body";
    case Zone::kHolding:
      return "holding";
    case Zone::kTail:
      return "tail";
  }
  return "unknown";
}

std::string_view PublicationStatusName(PublicationStatus status) {
  switch (status) {
    case PublicationStatus::kPublished:
      return "published";
    case PublicationStatus::kWithheld:
      return "withheld";
    case PublicationStatus::kHeld:
      return "held";
  }
  return "held";
}

}  // namespace wenshu
