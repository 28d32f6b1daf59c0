#include "core/deadline.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <utility>

#include "core/json.h"

namespace wenshu {

extern const std::string_view kHolidaysCnJson;

namespace {

constexpr std::string_view kWeekdayNames[] = {
    "Sunday",   "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday"};

bool IsWeekend(const Date& date) {
  const std::chrono::weekday w = date.Weekday();
  return w == std::chrono::Saturday || w == std::chrono::Sunday;
}

bool Contains(const std::vector<Date>& sorted, const Date& date) {
  return std::binary_search(sorted.begin(), sorted.end(), date);
}

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  out.append(text);
  out += '"';
  return out;
}

// "source: key[i]: message".
Status ElementError(std::string_view source, std::string_view key, size_t i,
                    std::string_view message) {
  std::string text(source);
  text.append(": ").append(key).append("[").append(std::to_string(i));
  text.append("]: ").append(message);
  return Status::InvalidInput(std::move(text));
}

// Reads the array `key` of ISO dates into `out`, sorted. A malformed or
// impossible date, or one listed twice, fails naming the element.
// `key` holds ISO dates: an array of them, or an object whose keys they are
// (the values, labels such as "Spring Festival,春节,4", must be strings).
Status ReadDates(const JsonObject& object, std::string_view source,
                 std::string_view key, std::vector<Date>* out) {
  auto fail = [&](const std::string& message) {
    return Status::InvalidInput(std::string(source) + ": " + std::string(key) +
                                ": " + message);
  };
  std::vector<std::string> texts;
  if (object.TypeOf(key) == JsonType::kObject) {
    Result<JsonObject> labelled = object.GetObject(key);
    if (!labelled.ok()) return fail(labelled.status().message());
    for (auto& [text, type] : labelled.value().KeyTypes()) {
      if (type != JsonType::kString)
        return fail(Quoted(text) + ": the label is not a string");
      texts.push_back(std::move(text));
    }
  } else {
    Result<std::vector<std::string>> list = object.GetStringArray(key);
    if (!list.ok()) return fail(list.status().message());
    texts = std::move(list).value();
  }
  std::set<Date> seen;
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string& text = texts[i];
    std::optional<Date> date = Date::ParseIso(text);
    if (!date) {
      return ElementError(source, key, i,
                          Quoted(text) +
                              " is not a date written YYYY-MM-DD "
                              "that exists in the calendar");
    }
    if (!seen.insert(*date).second) {
      return ElementError(source, key, i, Quoted(text) + " is listed twice");
    }
  }
  out->assign(seen.begin(), seen.end());
  return Status::Ok();
}

Status CheckDate(const Date& date, std::string_view what) {
  if (date.IsValid()) return Status::Ok();
  return Status::InvalidInput(std::string(what) + " " + date.Iso() +
                              " is not a valid date");
}

}  // namespace

const WorkCalendar& WorkCalendar::China() {
  static const WorkCalendar* calendar = [] {
    Result<WorkCalendar> c = FromJson(kHolidaysCnJson, "built-in calendar");
    if (!c.ok()) {
      std::fprintf(stderr, "wenshu: %s\n", c.status().message().c_str());
      std::abort();
    }
    auto* calendar = new WorkCalendar(std::move(c).value());
    calendar->source_ = WENSHU_HOLIDAYS_SOURCE " (npm)";
    return calendar;
  }();
  return *calendar;
}

Result<WorkCalendar> WorkCalendar::FromJson(std::string_view json,
                                            std::string_view source) {
  Result<JsonObject> parsed = JsonObject::Parse(json);
  if (!parsed.ok()) {
    return Status::InvalidInput(std::string(source) + ": " +
                                parsed.status().message());
  }
  const JsonObject& object = parsed.value();
  for (const std::string& key : object.Keys()) {
    if (key != "source" && key != "holidays" && key != "workdays" &&
        key != "inLieuDays") {
      return Status::InvalidInput(
          std::string(source) + ": unknown key " + Quoted(key) +
          " (keys: source, holidays, workdays, inLieuDays)");
    }
  }

  WorkCalendar calendar;
  if (object.TypeOf("source") != JsonType::kMissing) {
    Result<std::string> text = object.GetString("source");
    if (!text.ok()) {
      return Status::InvalidInput(std::string(source) +
                                  ": source: " + text.status().message());
    }
    calendar.source_ = std::move(text).value();
  }
  if (Status s = ReadDates(object, source, "holidays", &calendar.holidays_);
      !s.ok()) {
    return s;
  }
  if (Status s = ReadDates(object, source, "workdays", &calendar.workdays_);
      !s.ok()) {
    return s;
  }
  for (const Date& date : calendar.holidays_) {
    if (calendar.years_.empty() || calendar.years_.back() != date.year)
      calendar.years_.push_back(date.year);
  }
  for (const Date& date : calendar.workdays_) {
    if (Contains(calendar.holidays_, date)) {
      return Status::InvalidInput(std::string(source) + ": " +
                                  Quoted(date.Iso()) +
                                  " is listed in both holidays and workdays");
    }
  }
  for (size_t i = 0; i < calendar.workdays_.size(); ++i) {
    const Date& date = calendar.workdays_[i];
    if (!IsWeekend(date)) {
      return Status::InvalidInput(
          std::string(source) + ": workdays: " + Quoted(date.Iso()) + " is a " +
          std::string(kWeekdayNames[date.Weekday().c_encoding()]) +
          "; a make-up working day (调休上班日) is a Saturday or Sunday");
    }
  }
  return calendar;
}

std::optional<int> WorkCalendar::FirstUncoveredYear(const Date& from,
                                                    const Date& to) const {
  for (int year = from.year; year <= to.year; ++year) {
    if (!std::binary_search(years_.begin(), years_.end(), year)) return year;
  }
  return std::nullopt;
}

bool WorkCalendar::IsWorkingDay(const Date& date) const {
  if (Contains(workdays_, date)) return true;
  if (Contains(holidays_, date)) return false;
  return !IsWeekend(date);
}

Date WorkCalendar::AddWorkingDays(const Date& start, int n) const {
  Date date = start;
  while (n > 0) {
    date = date.AddDays(1);
    if (IsWorkingDay(date)) --n;
  }
  return date;
}

Result<Date> PublicationDueDate(const DeadlineInput& input,
                                const WorkCalendar& calendar,
                                int working_days) {
  if (working_days < 1) {
    return Status::InvalidInput(
        "the publication period must be at least one "
        "working day, not " +
        std::to_string(working_days));
  }
  if (input.effective) {
    if (Status s = CheckDate(*input.effective, "effective date"); !s.ok()) {
      return s;
    }
  }
  if (input.second_instance_effective) {
    if (Status s = CheckDate(*input.second_instance_effective,
                             "second-instance effective date");
        !s.ok()) {
      return s;
    }
  }
  if (!input.appealed) {
    if (input.second_instance_effective) {
      return Status::InvalidInput(
          "a second-instance effective date is given but the document is not "
          "marked as appealed or protested");
    }
    if (!input.effective) {
      return Status::InvalidInput(
          "the date the document took legal effect is missing");
    }
    return calendar.AddWorkingDays(*input.effective, working_days);
  }
  if (!input.second_instance_effective) {
    return Status::InvalidInput(
        "the document was appealed or protested but the date the "
        "second-instance decision took effect is missing");
  }
  if (input.effective && *input.second_instance_effective < *input.effective) {
    return Status::InvalidInput("the second-instance decision took effect on " +
                                input.second_instance_effective->Iso() +
                                ", before the first-instance date " +
                                input.effective->Iso());
  }
  return calendar.AddWorkingDays(*input.second_instance_effective,
                                 working_days);
}

}  // namespace wenshu
