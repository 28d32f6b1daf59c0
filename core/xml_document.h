// The libxml2 adapter: one parsed XML document, its serialization, XPath
// queries and the few node edits the document readers and writers need.
// The only place that sees libxml2's types and its error reporting; every
// libxml2 error becomes a Status here and nowhere else.
//
// Parsing treats the input as hostile: no network (XML_PARSE_NONET), no
// external DTD or entity loading, no entity substitution, libxml2's default
// depth and size limits (no XML_PARSE_HUGE), and a document that carries a
// DOCTYPE at all is refused (no part of an Office file has one, and entity
// declarations are how XXE and "billion laughs" begin). Nothing is printed to
// stderr.
//
// XmlDocument owns its libxml2 tree (move-only). XmlNode is a non-owning
// handle into it: valid while the document lives and the node has not been
// removed (Remove, Unwrap and RemoveAll free nodes; handles to them and to
// their descendants dangle afterwards). Neither is synchronized: one
// document, one thread at a time; distinct documents may be used from
// different threads.
#ifndef WENSHU_CORE_XML_DOCUMENT_H_
#define WENSHU_CORE_XML_DOCUMENT_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

struct _xmlDoc;
struct _xmlNode;

namespace wenshu {

// A namespace prefix for XPath expressions and the URI it stands for.
struct XmlNamespace {
  std::string prefix;
  std::string uri;
};

// A handle to one node (element, text, ...) of an XmlDocument; may be null.
class XmlNode {
 public:
  XmlNode() = default;
  explicit XmlNode(_xmlNode* node) : node_(node) {}

  explicit operator bool() const { return node_ != nullptr; }
  bool operator==(const XmlNode& other) const { return node_ == other.node_; }

  bool IsElement() const;
  // The element's name without prefix, and its namespace URI ("" if none).
  std::string_view LocalName() const;
  std::string_view NamespaceUri() const;
  bool Is(std::string_view namespace_uri, std::string_view local_name) const;

  XmlNode Parent() const;
  XmlNode FirstChild() const;
  XmlNode NextSibling() const;
  // Child elements only, in document order.
  std::vector<XmlNode> ChildElements() const;

  // The concatenated text of the node and all its descendants.
  std::string Text() const;
  // Replaces every child with one text node holding `text` verbatim (it is
  // escaped when serialized).
  void SetText(std::string_view text);
  // Sets xml:space="preserve", so that leading and trailing spaces survive.
  void SetSpacePreserve();

  // The attribute `local_name` in `namespace_uri` ("" for no namespace), or
  // nullopt when the element has none.
  std::optional<std::string> Attribute(std::string_view namespace_uri,
                                         std::string_view local_name) const;

  // Whether any descendant element is `namespace_uri`:`local_name`.
  bool HasDescendant(std::string_view namespace_uri,
                     std::string_view local_name) const;

  // Unlinks and frees the node and its subtree.
  void Remove();
  // Moves the node's children to its place, then removes the node.
  void Unwrap();

  _xmlNode* raw() const { return node_; }

 private:
  _xmlNode* node_ = nullptr;
};

class XmlDocument {
 public:
  // Parses `bytes` (a complete XML document). `name` only labels errors:
  // kInvalidInput "<name>: malformed XML at line L: <libxml2's message>",
  // or "<name>: a DOCTYPE is not allowed ...", kResourceExhausted past
  // 2 GiB.
  static Result<XmlDocument> Parse(std::string_view bytes,
                                   std::string_view name);

  XmlDocument(XmlDocument&&) noexcept = default;
  XmlDocument& operator=(XmlDocument&&) noexcept = default;
  ~XmlDocument();

  XmlNode Root() const;

  // The document as UTF-8 bytes, with its XML declaration.
  Result<std::string> Serialize() const;

  // Evaluates `xpath` (prefixes from `namespaces`) and returns the nodes it
  // selects, in document order. kInvalidInput for a bad expression or one
  // that does not select nodes.
  Result<std::vector<XmlNode>> Select(
      std::string_view xpath,
      const std::vector<XmlNamespace>& namespaces) const;

  // Removes every node `xpath` selects (and its subtree); returns how many.
  Result<size_t> RemoveAll(std::string_view xpath,
                           const std::vector<XmlNamespace>& namespaces);

  // Removes, on every element, each attribute in `namespace_uri` whose local
  // name starts with `name_prefix` (w:rsidR, w:rsidRPr, ... for "rsid").
  // Returns how many were removed.
  size_t RemoveAttributesWithPrefix(std::string_view namespace_uri,
                                    std::string_view name_prefix);

 private:
  struct Deleter {
    void operator()(_xmlDoc* doc) const;
  };
  explicit XmlDocument(_xmlDoc* doc) : doc_(doc) {}

  std::unique_ptr<_xmlDoc, Deleter> doc_;
  std::string name_;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_XML_DOCUMENT_H_
