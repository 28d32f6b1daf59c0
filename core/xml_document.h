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

// What kind of node an XmlNode is (libxml2's node types, folded).
enum class XmlNodeType {
  kElement,
  kAttribute,
  kText,
  kCData,
  kComment,
  kProcessingInstruction,
  kOther,  // the document node, a namespace declaration, an entity ref, ...
};

// A handle to one node (element, text, ...) of an XmlDocument; may be null.
class XmlNode {
 public:
  XmlNode() = default;
  explicit XmlNode(_xmlNode* node) : node_(node) {}

  explicit operator bool() const { return node_ != nullptr; }
  bool operator==(const XmlNode& other) const { return node_ == other.node_; }

  bool IsElement() const;
  // kOther for a null handle.
  XmlNodeType Type() const;
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
  // Replaces the content of a text, CDATA, comment or processing-
  // instruction node with `text` verbatim; no effect on other nodes (for an
  // element use SetText).
  void SetContent(std::string_view text);
  // Sets xml:space="preserve", so that leading and trailing spaces survive.
  void SetSpacePreserve();

  // The attribute `local_name` in `namespace_uri` ("" for no namespace), or
  // nullopt when the element has none.
  std::optional<std::string> Attribute(std::string_view namespace_uri,
                                         std::string_view local_name) const;

  // Whether any descendant element is `namespace_uri`:`local_name`.
  bool HasDescendant(std::string_view namespace_uri,
                     std::string_view local_name) const;

  // Where the node is, for messages: "/j:judgment/body/note[2]/text()",
  // "/a/@id". Names are written as the document writes them (with their
  // prefix, none for the default namespace); a position is given only
  // among siblings of the same name (text and CDATA count as one kind).
  std::string Path() const;
  // Whether `other` lies inside this node's subtree (an attribute lies
  // inside its element). A node is not its own descendant.
  bool IsAncestorOf(XmlNode other) const;

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

  // The encoding the document's XML declaration names, as written there
  // ("GB18030", "UTF-8"), or nullopt when it names none.
  std::optional<std::string> DeclaredEncoding() const;
  // The document in `encoding` (any name libxml2's converters know; a
  // character the encoding lacks is written as a character reference in
  // text, an error elsewhere), with an XML declaration naming it when
  // `with_declaration`. Nothing is re-indented. kInvalidInput for an
  // encoding libxml2 cannot write or text it cannot convert.
  Result<std::string> SerializeAs(std::string_view encoding,
                                  bool with_declaration) const;

  // Every string the document carries, in document order: the content of
  // each text, CDATA, comment and processing-instruction node and each
  // attribute's value (namespace declarations excluded), UTF-8. Whitespace-
  // only text nodes are included (as they are).
  std::vector<std::string> Strings() const;

  // Evaluates `xpath` (prefixes from `namespaces`) and returns the nodes it
  // selects, in document order. kInvalidInput for a bad expression, one
  // that does not select nodes, or one that selects namespace nodes
  // ("namespace::*": libxml2 returns them as temporary copies).
  Result<std::vector<XmlNode>> Select(
      std::string_view xpath,
      const std::vector<XmlNamespace>& namespaces) const;

  // Removes every node `xpath` selects (and its subtree); returns how many.
  Result<size_t> RemoveAll(std::string_view xpath,
                           const std::vector<XmlNamespace>& namespaces);

  // Removes each of `nodes` (element, attribute, text, CDATA, comment or
  // processing instruction) with its subtree; a node that lies inside
  // another of `nodes` goes with it. Returns how many subtrees went.
  // kInvalidInput, nothing removed, for a node of another kind.
  Result<size_t> RemoveNodes(const std::vector<XmlNode>& nodes);

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
