#include "core/date.h"

#include <cstdio>
#include <ctime>

namespace wenshu {
namespace {

std::chrono::year_month_day ToYmd(const Date& date) {
  return std::chrono::year_month_day{
      std::chrono::year{date.year},
      std::chrono::month{static_cast<unsigned>(date.month)},
      std::chrono::day{static_cast<unsigned>(date.day)}};
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1870 || year > 2100 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lengths[k]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[k] = parts[k] * 10 + (text[i] - '0');
    }
  }
  if (!IsValidDate(parts[0], parts[1], parts[2])) return std::nullopt;
  return Date{parts[0], parts[1], parts[2]};
}

Date Date::FromSysDays(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd{days};
  return Date{static_cast<int>(ymd.year()),
              static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool Date::IsValid() const {
  // chrono::month and chrono::day keep only the low bits' worth of range;
  // reject negatives and out-of-range years before converting.
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year < -32767 || year > 32767) return false;
  return ToYmd(*this).ok();
}

std::chrono::sys_days Date::ToSysDays() const {
  return std::chrono::sys_days{ToYmd(*this)};
}

std::chrono::weekday Date::Weekday() const {
  return std::chrono::weekday{ToSysDays()};
}

Date Date::AddDays(int days) const {
  return FromSysDays(ToSysDays() + std::chrono::days{days});
}

std::string Date::Iso() const {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string UtcTimestampNow() {
  const std::time_t seconds = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace wenshu
