#include "core/zip_archive.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <Poco/Zip/ZipStream.h>

#include <exception>
#include <set>
#include <sstream>

namespace wenshu {
namespace {

Status Refused(const std::string& message) {
  return Status::InvalidInput("not a readable zip archive: " + message);
}

}  // namespace

bool IsSafeZipEntryName(std::string_view name) {
  if (name.empty() || name.front() == '/') return false;
  if (name.find('\\') != std::string_view::npos) return false;
  if (name.find('\0') != std::string_view::npos) return false;
  if (name.size() >= 2 && name[1] == ':') return false;
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    if (slash == std::string_view::npos) slash = name.size();
    std::string_view part = name.substr(start, slash - start);
    if (part == "." || part == "..") return false;
    // An empty component is only allowed as a directory's trailing slash.
    if (part.empty() && slash != name.size()) return false;
    start = slash + 1;
  }
  return true;
}

Result<std::vector<ZipEntry>> ReadZip(std::string_view bytes,
                                      const ZipLimits& limits) {
  std::vector<ZipEntry> entries;
  try {
    std::istringstream in{std::string(bytes)};
    Poco::Zip::ZipArchive archive(in);
    if (archive.headerBegin() == archive.headerEnd()) {
      return Refused("it holds no entries");
    }
    size_t total = 0;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
      const Poco::Zip::ZipLocalFileHeader& header = it->second;
      const std::string& name = header.getFileName();
      if (!IsSafeZipEntryName(name)) {
        return Status::InvalidInput("zip entry name \"" + name +
                                    "\" is absolute or leaves the archive");
      }
      if (header.isDirectory()) continue;
      if (header.isEncrypted()) {
        return Status::InvalidInput("zip entry \"" + name +
                                    "\" is encrypted; save it unencrypted");
      }
      const auto method = header.getCompressionMethod();
      if (method != Poco::Zip::ZipCommon::CM_STORE &&
          method != Poco::Zip::ZipCommon::CM_DEFLATE) {
        return Status::InvalidInput("zip entry \"" + name +
                                    "\" uses an unsupported compression method");
      }
      if (entries.size() >= limits.max_entries) {
        return Status::ResourceExhausted("zip archive has more than " +
                                         std::to_string(limits.max_entries) +
                                         " entries");
      }
      in.clear();
      Poco::Zip::ZipInputStream stream(in, header, true);
      ZipEntry entry{name, std::string()};
      char buffer[1 << 16];
      while (stream) {
        stream.read(buffer, sizeof buffer);
        const size_t got = static_cast<size_t>(stream.gcount());
        if (got == 0) break;
        if (entry.data.size() + got > limits.max_entry_bytes) {
          return Status::ResourceExhausted(
              "zip entry \"" + name + "\" is larger than " +
              std::to_string(limits.max_entry_bytes >> 20) +
              " MiB uncompressed");
        }
        if (limits.max_ratio != 0 && entry.data.size() + got > (1u << 20) &&
            entry.data.size() + got >
                limits.max_ratio * static_cast<size_t>(header.getCompressedSize())) {
          return Status::ResourceExhausted(
              "zip entry \"" + name + "\" expands more than " +
              std::to_string(limits.max_ratio) +
              " times its compressed size (a zip bomb?)");
        }
        total += got;
        if (total > limits.max_total_bytes) {
          return Status::ResourceExhausted(
              "zip archive is larger than " +
              std::to_string(limits.max_total_bytes >> 20) +
              " MiB uncompressed");
        }
        entry.data.append(buffer, got);
      }
      if (stream.bad()) return Refused("entry \"" + name + "\" is damaged");
      entries.push_back(std::move(entry));
    }
  } catch (const Poco::Exception& e) {
    return Refused(e.displayText());
  } catch (const std::exception& e) {
    return Refused(e.what());
  }
  return entries;
}

const ZipEntry* FindZipEntry(const std::vector<ZipEntry>& entries,
                             std::string_view name) {
  for (const ZipEntry& entry : entries) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

Result<std::string> WriteZip(const std::vector<ZipEntry>& entries) {
  std::set<std::string_view> seen;
  for (const ZipEntry& entry : entries) {
    if (!IsSafeZipEntryName(entry.name) || entry.name.back() == '/') {
      return Status::InvalidInput("cannot write zip entry name \"" +
                                  entry.name + "\"");
    }
    if (!seen.insert(entry.name).second) {
      return Status::InvalidInput("zip entry \"" + entry.name +
                                  "\" given twice");
    }
  }
  try {
    std::ostringstream out;
    Poco::Zip::Compress compress(out, true);
    const Poco::DateTime dos_epoch(1980, 1, 1);
    for (const ZipEntry& entry : entries) {
      std::istringstream data(entry.data);
      compress.addFile(data, dos_epoch, Poco::Path(entry.name, Poco::Path::PATH_UNIX),
                       Poco::Zip::ZipCommon::CM_DEFLATE,
                       Poco::Zip::ZipCommon::CL_NORMAL);
    }
    compress.close();
    return out.str();
  } catch (const Poco::Exception& e) {
    return Status::Internal("could not write the zip archive: " + e.displayText());
  } catch (const std::exception& e) {
    return Status::Internal(std::string("could not write the zip archive: ") +
                            e.what());
  }
}

}  // namespace wenshu
