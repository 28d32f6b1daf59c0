#include "core/text_pieces.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

// Flat text "甲乙\n丙丁戊\n": pieces "甲乙" | "\n" | "丙" "丁戊" | "\n".
// Offsets: 甲 0-3, 乙 3-6, \n 6, 丙 7-10, 丁 10-13, 戊 13-16, \n 16.
struct Fixture {
  std::string text;
  std::vector<TextPiece> pieces;
  std::vector<std::string> piece_texts;
};

Fixture Build() {
  FlatTextBuilder b;
  Fixture f;
  b.AddPiece("甲乙");
  b.AddSeparator("\n");
  b.AddPiece("丙");
  b.AddPiece("");  // an empty w:t
  b.AddPiece("丁戊");
  b.AddSeparator("\n");
  f.text = b.text();
  f.pieces = b.pieces();
  f.piece_texts = {"甲乙", "丙", "", "丁戊"};
  return f;
}

TEST(FlatTextBuilderTest, PiecesAndSeparators) {
  Fixture f = Build();
  EXPECT_EQ(f.text, "甲乙\n丙丁戊\n");
  ASSERT_EQ(f.pieces.size(), 4u);
  EXPECT_EQ(f.pieces[0].begin, 0u);
  EXPECT_EQ(f.pieces[0].end, 6u);
  EXPECT_EQ(f.pieces[1].begin, 7u);
  EXPECT_EQ(f.pieces[2].begin, 10u);
  EXPECT_EQ(f.pieces[2].end, 10u);
  EXPECT_EQ(f.pieces[3].end, 16u);
}

struct MapCase {
  const char* name;
  std::vector<TextEdit> edits;
  std::vector<std::string> expected_pieces;  // each piece's text afterwards
};

class MapEditsTest : public ::testing::TestWithParam<MapCase> {};

TEST_P(MapEditsTest, AppliesToEachPiece) {
  const MapCase& c = GetParam();
  Fixture f = Build();
  Result<std::vector<PieceEdit>> mapped = MapEdits(f.pieces, c.edits);
  ASSERT_TRUE(mapped.ok()) << mapped.status().message();
  std::vector<std::string> after;
  for (size_t i = 0; i < f.pieces.size(); ++i) {
    std::vector<PieceEdit> mine;
    for (const PieceEdit& e : mapped.value()) {
      if (e.piece == i) mine.push_back(e);
    }
    after.push_back(ApplyPieceEdits(f.piece_texts[i], mine));
  }
  EXPECT_EQ(after, c.expected_pieces);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MapEditsTest,
    ::testing::Values(
        MapCase{"NoEdits", {}, {"甲乙", "丙", "", "丁戊"}},
        MapCase{"InsideOnePiece", {{3, 6, "×"}}, {"甲×", "丙", "", "丁戊"}},
        MapCase{"ReplacementGoesIntoTheFirstPieceTouched",
                {{7, 13, "某某"}},
                {"甲乙", "某某", "", "戊"}},
        MapCase{"WholePiecesAcrossAnEmptyOne",
                {{7, 16, "X"}},
                {"甲乙", "X", "", ""}},
        MapCase{"TwoEditsInOnePieceAndOneInAnother",
                {{0, 3, "a"}, {3, 6, "b"}, {13, 16, ""}},
                {"ab", "丙", "", "丁"}},
        MapCase{"InsertionAtTheEndOfAPiece", {{6, 6, "+"}}, {"甲乙+", "丙", "", "丁戊"}},
        MapCase{"InsertionAtTheStartOfAPieceAfterASeparator",
                {{7, 7, "+"}},
                {"甲乙", "+丙", "", "丁戊"}},
        MapCase{"InsertionBeforeADeletionAtTheSameOffset",
                {{0, 0, "<"}, {0, 3, ""}},
                {"<乙", "丙", "", "丁戊"}}),
    [](const auto& info) { return std::string(info.param.name); });

struct BadCase {
  const char* name;
  std::vector<TextEdit> edits;
  const char* message_part;
};

class MapEditsRefusesTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(MapEditsRefusesTest, WithAReason) {
  Fixture f = Build();
  Result<std::vector<PieceEdit>> mapped = MapEdits(f.pieces, GetParam().edits);
  ASSERT_FALSE(mapped.ok());
  EXPECT_EQ(mapped.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(mapped.status().message().find(GetParam().message_part),
            std::string::npos)
      << mapped.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MapEditsRefusesTest,
    ::testing::Values(
        BadCase{"SpanCrossingAParagraphBreak", {{3, 10, ""}}, "separator at 6"},
        BadCase{"DeletingOnlyTheBreak", {{6, 7, ""}}, "separator at 6"},
        BadCase{"TrailingBreak", {{13, 17, ""}}, "separator at 16"},
        BadCase{"PastTheText", {{20, 23, ""}}, "outside the text"},
        BadCase{"Overlapping", {{0, 6, ""}, {3, 6, ""}}, "overlaps"},
        BadCase{"Unsorted", {{7, 10, ""}, {0, 3, ""}}, "unsorted"},
        BadCase{"Reversed", {{6, 3, ""}}, "reversed"},
        BadCase{"InsertionPastTheText", {{30, 30, "x"}}, "touches no text node"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(EditPieces, EachTouchedPieceGetsItsNewTextInPieceOrder) {
  // "3201" and "0219" are two runs of one paragraph; "乙" a paragraph after.
  FlatTextBuilder b;
  b.AddPiece("号3201");
  b.AddPiece("0219");
  b.AddSeparator("\n");
  b.AddPiece("乙");
  Result<std::vector<EditedPiece>> edited =
      EditPieces(b.text(), b.pieces(), {{3, 11, "****"}});
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  ASSERT_EQ(edited.value().size(), 2u);
  EXPECT_EQ(edited.value()[0].piece, 0u);
  EXPECT_EQ(edited.value()[0].text, "号****");
  EXPECT_EQ(edited.value()[1].piece, 1u);
  EXPECT_EQ(edited.value()[1].text, "");
  EXPECT_FALSE(EditPieces(b.text(), b.pieces(), {{3, 13, ""}}).ok());
}

TEST(CheckReadBack, SaysWhereTheTextDiffersOrWhyItCouldNotBeRead) {
  EXPECT_TRUE(CheckReadBack(std::string("甲乙"), "甲乙", "X: ").ok());
  const Status differs = CheckReadBack(std::string("甲丙"), "甲乙", "X: ");
  EXPECT_EQ(differs.message(),
            "X: the text written differs from the public text at byte 4");
  const Status unread =
      CheckReadBack(Status::InvalidInput("bad zip"), "甲乙", "X: ");
  EXPECT_EQ(unread.message(), "X: the output does not read back: bad zip");
}

}  // namespace
}  // namespace wenshu
