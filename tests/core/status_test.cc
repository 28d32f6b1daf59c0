#include "core/status.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace wenshu {
namespace {

TEST(Status, DefaultIsOkWithNoMessage) {
  const Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_TRUE(Status::Ok().ok());
}

struct FactoryCase {
  const char* name;
  Status status;
  StatusCode code;
};

class StatusFactory : public ::testing::TestWithParam<FactoryCase> {};

TEST_P(StatusFactory, CarriesItsCodeAndMessage) {
  const FactoryCase& c = GetParam();
  EXPECT_FALSE(c.status.ok());
  EXPECT_EQ(c.status.code(), c.code);
  EXPECT_EQ(c.status.message(), std::string("message of ") + c.name);
}

INSTANTIATE_TEST_SUITE_P(
    EveryCode, StatusFactory,
    ::testing::Values(
        FactoryCase{"InvalidInput",
                    Status::InvalidInput("message of InvalidInput"),
                    StatusCode::kInvalidInput},
        FactoryCase{"ResourceExhausted",
                    Status::ResourceExhausted("message of ResourceExhausted"),
                    StatusCode::kResourceExhausted},
        FactoryCase{"Internal", Status::Internal("message of Internal"),
                    StatusCode::kInternal},
        FactoryCase{"NotFound", Status::NotFound("message of NotFound"),
                    StatusCode::kNotFound},
        FactoryCase{"IoError", Status::IoError("message of IoError"),
                    StatusCode::kIoError}),
    [](const ::testing::TestParamInfo<FactoryCase>& info) {
      return info.param.name;
    });

TEST(Status, AnErrorWithAnEmptyMessageIsStillAnError) {
  const Status s = Status::Internal("");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInternal);
}

TEST(Result, HoldsAValue) {
  const Result<int> r = 42;
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), 42);
  EXPECT_TRUE(r.status().ok());
}

TEST(Result, HoldsAnErrorStatus) {
  const Result<int> r = Status::NotFound("no request has id 7");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "no request has id 7");
}

TEST(Result, ValueCanBeMovedOutOfAnRvalue) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(5);
  ASSERT_TRUE(r.ok());
  std::unique_ptr<int> taken = std::move(r).value();
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(*taken, 5);
}

TEST(Result, ValueCanBeChangedInPlace) {
  Result<std::string> r = std::string("原告");
  r.value() += "张三";
  EXPECT_EQ(r.value(), "原告张三");
}

TEST(Result, AStringValueIsNotMistakenForAStatus) {
  const Result<std::string> r = std::string("malformed JSON");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "malformed JSON");
}

}  // namespace
}  // namespace wenshu
