#include "core/zip_archive.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace wenshu {
namespace {

uint32_t Crc32(const std::string& data) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void Put16(std::string& out, uint16_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>(v >> 8));
}
void Put32(std::string& out, uint32_t v) {
  Put16(out, static_cast<uint16_t>(v & 0xFFFF));
  Put16(out, static_cast<uint16_t>(v >> 16));
}

// A stored (uncompressed) zip written byte by byte, so that names WriteZip
// refuses can be put into an archive.
std::string RawStoredZip(const std::vector<ZipEntry>& entries,
                         uint16_t flags = 0) {
  std::string out, central;
  for (const ZipEntry& e : entries) {
    const uint32_t offset = static_cast<uint32_t>(out.size());
    const uint32_t crc = Crc32(e.data);
    const auto size = static_cast<uint32_t>(e.data.size());
    Put32(out, 0x04034b50);
    Put16(out, 20);
    Put16(out, flags);
    Put16(out, 0);  // stored
    Put16(out, 0);
    Put16(out, 0x21);
    Put32(out, crc);
    Put32(out, size);
    Put32(out, size);
    Put16(out, static_cast<uint16_t>(e.name.size()));
    Put16(out, 0);
    out += e.name;
    out += e.data;
    Put32(central, 0x02014b50);
    Put16(central, 20);
    Put16(central, 20);
    Put16(central, flags);
    Put16(central, 0);
    Put16(central, 0);
    Put16(central, 0x21);
    Put32(central, crc);
    Put32(central, size);
    Put32(central, size);
    Put16(central, static_cast<uint16_t>(e.name.size()));
    Put16(central, 0);
    Put16(central, 0);
    Put16(central, 0);
    Put16(central, 0);
    Put32(central, 0);
    Put32(central, offset);
    central += e.name;
  }
  const uint32_t central_offset = static_cast<uint32_t>(out.size());
  out += central;
  Put32(out, 0x06054b50);
  Put16(out, 0);
  Put16(out, 0);
  Put16(out, static_cast<uint16_t>(entries.size()));
  Put16(out, static_cast<uint16_t>(entries.size()));
  Put32(out, static_cast<uint32_t>(central.size()));
  Put32(out, central_offset);
  Put16(out, 0);
  return out;
}

TEST(ZipArchiveTest, WriteThenReadKeepsEveryEntry) {
  const std::vector<ZipEntry> entries = {
      {"[Content_Types].xml", "<Types/>"},
      {"word/document.xml", "<w:document>审判员 甲某</w:document>"},
      {"word/empty.bin", ""},
      {"word/media/image1.png", std::string("\x89PNG\0\x01\x02", 7)}};
  Result<std::string> zip = WriteZip(entries);
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  EXPECT_EQ(zip.value().substr(0, 4), "PK\x03\x04");
  // The first entry written is the first local header in the file.
  EXPECT_EQ(zip.value().substr(30, 19), "[Content_Types].xml");
  Result<std::vector<ZipEntry>> read = ReadZip(zip.value());
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read.value().size(), entries.size());
  for (const ZipEntry& e : entries) {
    const ZipEntry* found = FindZipEntry(read.value(), e.name);
    ASSERT_NE(found, nullptr) << e.name;
    EXPECT_EQ(found->data, e.data) << e.name;
  }
  EXPECT_EQ(WriteZip(entries).value(), zip.value());  // deterministic
}

TEST(ZipArchiveTest, ReadsAStoredArchiveWrittenByHand) {
  Result<std::vector<ZipEntry>> read =
      ReadZip(RawStoredZip({{"a.txt", "一二三"}, {"dir/", ""}, {"dir/b", "b"}}));
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read.value().size(), 2u);
  EXPECT_EQ(read.value()[0].name, "a.txt");
  EXPECT_EQ(read.value()[0].data, "一二三");
}

struct NameCase {
  const char* name;
  bool safe;
};

class ZipEntryNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(ZipEntryNameTest, SafeOnlyWhenRelativeAndInside) {
  EXPECT_EQ(IsSafeZipEntryName(GetParam().name), GetParam().safe)
      << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    ZipSlip, ZipEntryNameTest,
    ::testing::Values(NameCase{"word/document.xml", true},
                      NameCase{"[Content_Types].xml", true},
                      NameCase{"word/", true}, NameCase{"a..b/c", true},
                      NameCase{"../evil.xml", false},
                      NameCase{"word/../../evil", false},
                      NameCase{"word/..", false}, NameCase{"/etc/passwd", false},
                      NameCase{"C:/x", false}, NameCase{"word\\..\\x", false},
                      NameCase{"./x", false}, NameCase{"a//b", false},
                      NameCase{"", false}));

TEST(ZipArchiveTest, EntryLeavingTheArchiveIsRefused) {
  Result<std::vector<ZipEntry>> read =
      ReadZip(RawStoredZip({{"word/document.xml", "<x/>"}, {"../../evil", "x"}}));
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(read.status().message().find("leaves the archive"), std::string::npos)
      << read.status().message();
}

TEST(ZipArchiveTest, WriteRefusesUnsafeAndDuplicateNames) {
  EXPECT_FALSE(WriteZip({{"../x", "1"}}).ok());
  EXPECT_FALSE(WriteZip({{"a", "1"}, {"a", "2"}}).ok());
}

TEST(ZipArchiveTest, EntryPastTheEntryCapIsRefused) {
  const std::string zip = WriteZip({{"bomb.xml", std::string(3u << 20, '0')}}).value();
  EXPECT_LT(zip.size(), 20000u);  // deflate makes a small bomb
  ZipLimits limits;
  limits.max_entry_bytes = 1u << 20;
  limits.max_ratio = 0;
  Result<std::vector<ZipEntry>> read = ReadZip(zip, limits);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(read.status().message().find("larger than 1 MiB"), std::string::npos)
      << read.status().message();
  limits.max_entry_bytes = 4u << 20;
  EXPECT_TRUE(ReadZip(zip, limits).ok());
}

TEST(ZipArchiveTest, EntryExpandingPastTheRatioIsRefused) {
  // 3 MiB of one byte deflates about 1000 times.
  const std::string zip = WriteZip({{"bomb.xml", std::string(3u << 20, '0')}}).value();
  Result<std::vector<ZipEntry>> read = ReadZip(zip);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(read.status().message().find("expands more than 200 times"),
            std::string::npos)
      << read.status().message();
  // Below 1 MiB the ratio is not checked: a small, very regular part is fine.
  EXPECT_TRUE(ReadZip(WriteZip({{"small.xml", std::string(900u << 10, '0')}}).value()).ok());
}

TEST(ZipArchiveTest, ArchivePastTheTotalCapIsRefused) {
  const std::string part(600u << 10, 'x');
  const std::string zip = WriteZip({{"a", part}, {"b", part}}).value();
  ZipLimits limits;
  limits.max_ratio = 0;
  limits.max_total_bytes = 1u << 20;
  Result<std::vector<ZipEntry>> read = ReadZip(zip, limits);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kResourceExhausted);
  limits.max_total_bytes = 2u << 20;
  EXPECT_TRUE(ReadZip(zip, limits).ok());
}

TEST(ZipArchiveTest, TooManyEntriesAreRefused) {
  ZipLimits limits;
  limits.max_entries = 2;
  Result<std::vector<ZipEntry>> read =
      ReadZip(WriteZip({{"a", "1"}, {"b", "2"}, {"c", "3"}}).value(), limits);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kResourceExhausted);
}

TEST(ZipArchiveTest, EncryptedEntryIsRefused) {
  Result<std::vector<ZipEntry>> read =
      ReadZip(RawStoredZip({{"word/document.xml", "<x/>"}}, /*flags=*/1));
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("encrypted"), std::string::npos)
      << read.status().message();
}

TEST(ZipArchiveTest, NotAZipAndTruncatedZipAreErrorsNotCrashes) {
  EXPECT_FALSE(ReadZip("plain text, not an archive").ok());
  const std::string zip =
      WriteZip({{"word/document.xml", std::string(5000, 'y') + "z"}}).value();
  for (size_t cut : {size_t{4}, size_t{40}, zip.size() / 2, zip.size() - 10}) {
    Result<std::vector<ZipEntry>> read = ReadZip(zip.substr(0, cut));
    if (read.ok()) {
      // A cut inside the central directory may still leave the one entry
      // whole; it must then be the entry as written, never a part of it.
      ASSERT_EQ(read.value().size(), 1u) << cut;
      EXPECT_EQ(read.value()[0].data.size(), 5001u) << cut;
    }
  }
  EXPECT_FALSE(ReadZip("").ok());
}

}  // namespace
}  // namespace wenshu
