#include "redactors/policy.h"

#include <cstdio>
#include <cstdlib>
#include <set>

#include "pipeline/json.h"

namespace wenshu {

extern const std::string_view kDefaultPolicyJson;

namespace {

constexpr std::string_view kOverlapPolicies[] = {
    "protected_then_longest_then_priority"};

Status KeyError(std::string_view source, std::string_view key,
                const Status& status) {
  return Status::InvalidInput(std::string(source) + ": " + std::string(key) +
                              ": " + status.message());
}

Status CheckKeys(const JsonObject& object, std::string_view source,
                 std::string_view where, const std::set<std::string>& allowed) {
  for (const std::string& key : object.Keys()) {
    if (!allowed.count(key)) {
      return Status::InvalidInput(std::string(source) + ": unknown key \"" +
                                  std::string(where) + key + "\"");
    }
  }
  return Status::Ok();
}

}  // namespace

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kDelete:
      return "delete";
    case Action::kMask:
      return "mask";
    case Action::kReplace:
      return "replace";
  }
  return "unknown";
}

Result<Policy> Policy::FromJson(std::string_view json,
                                std::string_view source) {
  Result<JsonObject> parsed = JsonObject::Parse(json);
  if (!parsed.ok()) {
    return Status::InvalidInput(std::string(source) + ": " +
                                parsed.status().message());
  }
  const JsonObject& root = parsed.value();
  if (Status s = CheckKeys(root, source, "",
                           {"version", "description", "mask_character",
                            "overlap_policy", "priority", "categories"});
      !s.ok()) {
    return s;
  }
  Policy policy;
  Result<std::string> version = root.GetString("version");
  if (!version.ok()) return KeyError(source, "version", version.status());
  policy.version_ = version.value();
  if (root.TypeOf("mask_character") != JsonType::kMissing) {
    Result<std::string> mask = root.GetString("mask_character");
    if (!mask.ok()) return KeyError(source, "mask_character", mask.status());
    if (mask.value().empty()) {
      return Status::InvalidInput(std::string(source) +
                                  ": mask_character must not be empty");
    }
    policy.mask_character_ = mask.value();
  }
  Result<std::string> overlap = root.GetString("overlap_policy");
  if (!overlap.ok())
    return KeyError(source, "overlap_policy", overlap.status());
  bool known = false;
  for (std::string_view name : kOverlapPolicies)
    known |= name == overlap.value();
  if (!known) {
    return Status::InvalidInput(
        std::string(source) + ": overlap_policy \"" + overlap.value() +
        "\" is not one of: " + std::string(kOverlapPolicies[0]));
  }
  policy.overlap_policy_ = overlap.value();

  Result<std::vector<std::string>> priority = root.GetStringArray("priority");
  if (!priority.ok()) return KeyError(source, "priority", priority.status());
  policy.priority_.fill(kCategoryCount);
  for (size_t i = 0; i < priority.value().size(); ++i) {
    std::optional<Category> c = CategoryFromName(priority.value()[i]);
    if (!c || *c == Category::kProtected) {
      return Status::InvalidInput(std::string(source) +
                                  ": priority: unknown category \"" +
                                  priority.value()[i] + "\"");
    }
    policy.priority_[static_cast<int>(*c)] = static_cast<int>(i);
  }

  Result<JsonObject> categories = root.GetObject("categories");
  if (!categories.ok())
    return KeyError(source, "categories", categories.status());
  std::set<Category> seen;
  for (const std::string& name : categories.value().Keys()) {
    std::optional<Category> c = CategoryFromName(name);
    if (!c || *c == Category::kProtected) {
      return Status::InvalidInput(std::string(source) +
                                  ": categories: unknown category \"" + name +
                                  "\"");
    }
    seen.insert(*c);
    const std::string where = "categories." + name;
    Result<JsonObject> entry = categories.value().GetObject(name);
    if (!entry.ok()) return KeyError(source, where, entry.status());
    if (Status s =
            CheckKeys(entry.value(), source, where + ".",
                      {"action", "keep_leading", "keep_trailing", "label"});
        !s.ok()) {
      return s;
    }
    CategoryPolicy& cp = policy.categories_[static_cast<int>(*c)];
    Result<std::string> action = entry.value().GetString("action");
    if (!action.ok())
      return KeyError(source, where + ".action", action.status());
    if (action.value() == "delete")
      cp.action = Action::kDelete;
    else if (action.value() == "mask")
      cp.action = Action::kMask;
    else if (action.value() == "replace")
      cp.action = Action::kReplace;
    else {
      return Status::InvalidInput(std::string(source) + ": " + where +
                                  ".action: \"" + action.value() +
                                  "\" is not delete, mask or replace");
    }
    for (auto [key, field] : {std::pair{"keep_leading", &cp.keep_leading},
                              std::pair{"keep_trailing", &cp.keep_trailing}}) {
      Result<int64_t> v = entry.value().GetInt(key);
      if (!v.ok()) return KeyError(source, where + "." + key, v.status());
      if (v.value() < 0 || v.value() > 8) {
        return Status::InvalidInput(std::string(source) + ": " + where + "." +
                                    key + " must be between 0 and 8");
      }
      *field = static_cast<int>(v.value());
    }
    Result<std::string> label = entry.value().GetString("label");
    if (!label.ok()) return KeyError(source, where + ".label", label.status());
    cp.label = label.value();
  }
  for (int i = 0; i < kCategoryCount; ++i) {
    const Category c = static_cast<Category>(i);
    if (c == Category::kProtected) continue;
    if (!seen.count(c)) {
      return Status::InvalidInput(std::string(source) + ": categories: \"" +
                                  std::string(CategoryName(c)) +
                                  "\" is missing");
    }
  }
  return policy;
}

const Policy& Policy::NationalDefault() {
  static const Policy* policy = [] {
    Result<Policy> p = FromJson(kDefaultPolicyJson, "built-in default policy");
    if (!p.ok()) {
      std::fprintf(stderr, "wenshu: %s\n", p.status().message().c_str());
      std::abort();
    }
    return new Policy(std::move(p).value());
  }();
  return *policy;
}

}  // namespace wenshu
