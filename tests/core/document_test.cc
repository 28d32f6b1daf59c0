#include "core/document.h"

#include <gtest/gtest.h>

namespace wenshu {
namespace {

TEST(Zone, NamesInDocumentOrder) {
  EXPECT_EQ(ZoneName(Zone::kHeader), "header");
  EXPECT_EQ(ZoneName(Zone::kParties), "parties");
  EXPECT_EQ(ZoneName(Zone::kBody), "body");
  EXPECT_EQ(ZoneName(Zone::kHolding), "holding");
  EXPECT_EQ(ZoneName(Zone::kTail), "tail");
  EXPECT_LT(Zone::kHeader, Zone::kParties);
  EXPECT_LT(Zone::kHolding, Zone::kTail);
}

TEST(PublicationStatus, Names) {
  EXPECT_EQ(PublicationStatusName(PublicationStatus::kPublished), "published");
  EXPECT_EQ(PublicationStatusName(PublicationStatus::kWithheld), "withheld");
  EXPECT_EQ(PublicationStatusName(PublicationStatus::kHeld), "held");
}

TEST(ProcessedDocument, StartsHeldWithNothingPublished) {
  // A document that fails before any stage ran must not be published.
  const ProcessedDocument d;
  EXPECT_EQ(d.status, PublicationStatus::kHeld);
  EXPECT_FALSE(d.id.has_value());
  EXPECT_TRUE(d.public_text.empty());
  EXPECT_TRUE(d.redactions.empty());
  EXPECT_FALSE(d.header.has_value());
  EXPECT_FALSE(d.stub_withheld);
  EXPECT_FALSE(d.due_date.has_value());
}

TEST(DocumentHeader, EmptyFieldsMeanNotFound) {
  const DocumentHeader h;
  EXPECT_TRUE(h.court.empty());
  EXPECT_TRUE(h.doc_type.empty());
  EXPECT_FALSE(h.case_number.has_value());
  EXPECT_FALSE(h.decision_date.has_value());
  EXPECT_TRUE(h.zones.empty());
}

TEST(Document, ViewsTheTextItWasGiven) {
  const std::string text = "北京市朝阳区人民法院\n民事判决书";
  Document doc;
  doc.text = text;
  doc.header.zones = {{Zone::kHeader, 0, text.size()}};
  EXPECT_EQ(doc.text.data(), text.data());
  EXPECT_EQ(doc.header.zones.front().end, text.size());
  EXPECT_TRUE(doc.prior_people.empty());
}

}  // namespace
}  // namespace wenshu
