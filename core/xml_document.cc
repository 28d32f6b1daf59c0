#include "core/xml_document.h"

#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <climits>
#include <cstring>
#include <unordered_set>

namespace wenshu {
namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view()
                      : std::string_view(reinterpret_cast<const char*>(s));
}

// Owns a string libxml2 allocated.
std::string TakeXmlString(xmlChar* s) {
  if (s == nullptr) return std::string();
  std::string out(reinterpret_cast<const char*>(s));
  xmlFree(s);
  return out;
}

std::string Trimmed(const char* message) {
  std::string out = message == nullptr ? "unknown error" : message;
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  return out;
}

// The parser stops at the first DOCTYPE, before any entity declaration is
// read; _private tells Parse why it stopped.
int kDoctypeSeen = 1;
void RefuseDoctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  ctxt->_private = &kDoctypeSeen;
  xmlStopParser(ctxt);
}

// XPath errors are collected here instead of being printed.
void CollectXPathError(void* user_data, xmlErrorPtr error) {
  auto* message = static_cast<std::string*>(user_data);
  if (message->empty() && error != nullptr) *message = Trimmed(error->message);
}

void RemoveAttributes(xmlNodePtr node, std::string_view uri,
                      std::string_view prefix, size_t& removed) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    xmlAttrPtr attr = node->properties;
    while (attr != nullptr) {
      xmlAttrPtr next = attr->next;
      std::string_view attr_uri =
          attr->ns == nullptr ? std::string_view() : View(attr->ns->href);
      if (attr_uri == uri && View(attr->name).substr(0, prefix.size()) == prefix) {
        xmlRemoveProp(attr);
        ++removed;
      }
      attr = next;
    }
    RemoveAttributes(node->children, uri, prefix, removed);
  }
}

bool FindDescendant(xmlNodePtr node, std::string_view uri,
                    std::string_view name) {
  for (xmlNodePtr c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (XmlNode(c).Is(uri, name) || FindDescendant(c, uri, name)) return true;
  }
  return false;
}

bool Removable(xmlNodePtr node) {
  switch (node->type) {
    case XML_ELEMENT_NODE:
    case XML_TEXT_NODE:
    case XML_ATTRIBUTE_NODE:
    case XML_COMMENT_NODE:
    case XML_CDATA_SECTION_NODE:
    case XML_PI_NODE:
      return true;
    default:
      return false;
  }
}

// Unlinks and frees `nodes` (document order not required), skipping those
// inside another of them. Every node must be Removable.
size_t UnlinkAndFree(const std::vector<xmlNodePtr>& nodes) {
  std::unordered_set<xmlNodePtr> all(nodes.begin(), nodes.end());
  std::unordered_set<xmlNodePtr> taken;
  std::vector<xmlNodePtr> doomed;
  for (xmlNodePtr raw : nodes) {
    bool inside = false;
    for (xmlNodePtr p = raw->parent; p != nullptr && !inside; p = p->parent) {
      inside = all.count(p) > 0;
    }
    if (!inside && taken.insert(raw).second) doomed.push_back(raw);
  }
  for (xmlNodePtr node : doomed) {
    xmlUnlinkNode(node);
    xmlFreeNode(node);
  }
  return doomed.size();
}

std::string QualifiedName(xmlNodePtr node) {
  std::string name;
  if (node->ns != nullptr && node->ns->prefix != nullptr) {
    name = std::string(View(node->ns->prefix)) + ":";
  }
  return name + std::string(View(node->name));
}

bool SameStep(xmlNodePtr a, xmlNodePtr b) {
  auto text = [](xmlNodePtr n) {
    return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
  };
  if (text(a) || text(b)) return text(a) && text(b);
  if (a->type != b->type) return false;
  if (a->type == XML_COMMENT_NODE) return true;
  if (View(a->name) != View(b->name)) return false;
  if (a->type != XML_ELEMENT_NODE) return true;
  const std::string_view ua = a->ns == nullptr ? "" : View(a->ns->href);
  const std::string_view ub = b->ns == nullptr ? "" : View(b->ns->href);
  return ua == ub;
}

// One step of XmlNode::Path: the node's name as the document writes it
// (prefix included), with its position among like siblings when it has any.
std::string PathStep(xmlNodePtr node) {
  std::string step;
  switch (node->type) {
    case XML_ATTRIBUTE_NODE:
      step = "@";
      step += QualifiedName(node);
      return step;
    case XML_ELEMENT_NODE:
      step = QualifiedName(node);
      break;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      step = "text()";
      break;
    case XML_COMMENT_NODE:
      step = "comment()";
      break;
    case XML_PI_NODE:
      step = "processing-instruction('" + std::string(View(node->name)) + "')";
      break;
    default:
      return "node()";
  }
  if (node->parent == nullptr) return step;
  size_t position = 0;
  size_t like = 0;
  for (xmlNodePtr c = node->parent->children; c != nullptr; c = c->next) {
    if (!SameStep(c, node)) continue;
    ++like;
    if (c == node) position = like;
  }
  if (like > 1) {
    step += '[';
    step += std::to_string(position);
    step += ']';
  }
  return step;
}

void IgnoreGenericError(void*, const char*, ...) {}
void IgnoreStructuredError(void*, xmlErrorPtr) {}

// Silences libxml2's per-thread error output while it lives (the save
// functions report through it instead of returning a message).
class QuietErrors {
 public:
  QuietErrors()
      : generic_(xmlGenericError),
        generic_context_(xmlGenericErrorContext),
        structured_(xmlStructuredError),
        structured_context_(xmlStructuredErrorContext) {
    xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
    xmlSetStructuredErrorFunc(nullptr, IgnoreStructuredError);
  }
  ~QuietErrors() {
    xmlSetGenericErrorFunc(generic_context_, generic_);
    xmlSetStructuredErrorFunc(structured_context_, structured_);
  }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;

 private:
  xmlGenericErrorFunc generic_;
  void* generic_context_;
  xmlStructuredErrorFunc structured_;
  void* structured_context_;
};

}  // namespace

XmlNodeType XmlNode::Type() const {
  if (node_ == nullptr) return XmlNodeType::kOther;
  switch (node_->type) {
    case XML_ELEMENT_NODE:
      return XmlNodeType::kElement;
    case XML_ATTRIBUTE_NODE:
      return XmlNodeType::kAttribute;
    case XML_TEXT_NODE:
      return XmlNodeType::kText;
    case XML_CDATA_SECTION_NODE:
      return XmlNodeType::kCData;
    case XML_COMMENT_NODE:
      return XmlNodeType::kComment;
    case XML_PI_NODE:
      return XmlNodeType::kProcessingInstruction;
    default:
      return XmlNodeType::kOther;
  }
}

void XmlNode::SetContent(std::string_view text) {
  if (node_ == nullptr ||
      (node_->type != XML_TEXT_NODE && node_->type != XML_CDATA_SECTION_NODE &&
       node_->type != XML_COMMENT_NODE && node_->type != XML_PI_NODE)) {
    return;
  }
  xmlNodeSetContentLen(node_, X(std::string(text).c_str()),
                       static_cast<int>(text.size()));
}

std::string XmlNode::Path() const {
  std::vector<std::string> steps;
  for (xmlNodePtr n = node_; n != nullptr && n->type != XML_DOCUMENT_NODE;
       n = n->parent) {
    steps.push_back(PathStep(n));
  }
  std::string out;
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) out += "/" + *it;
  return out;
}

bool XmlNode::IsAncestorOf(XmlNode other) const {
  if (node_ == nullptr || !other) return false;
  for (xmlNodePtr p = other.node_->parent; p != nullptr; p = p->parent) {
    if (p == node_) return true;
  }
  return false;
}

bool XmlNode::IsElement() const {
  return node_ != nullptr && node_->type == XML_ELEMENT_NODE;
}

std::string_view XmlNode::LocalName() const {
  return IsElement() ? View(node_->name) : std::string_view();
}

std::string_view XmlNode::NamespaceUri() const {
  return IsElement() && node_->ns != nullptr ? View(node_->ns->href)
                                             : std::string_view();
}

bool XmlNode::Is(std::string_view namespace_uri,
                 std::string_view local_name) const {
  return IsElement() && LocalName() == local_name &&
         NamespaceUri() == namespace_uri;
}

XmlNode XmlNode::Parent() const {
  return XmlNode(node_ == nullptr ? nullptr : node_->parent);
}
XmlNode XmlNode::FirstChild() const {
  return XmlNode(node_ == nullptr ? nullptr : node_->children);
}
XmlNode XmlNode::NextSibling() const {
  return XmlNode(node_ == nullptr ? nullptr : node_->next);
}

std::vector<XmlNode> XmlNode::ChildElements() const {
  std::vector<XmlNode> out;
  for (XmlNode c = FirstChild(); c; c = c.NextSibling()) {
    if (c.IsElement()) out.push_back(c);
  }
  return out;
}

std::string XmlNode::Text() const {
  return node_ == nullptr ? std::string() : TakeXmlString(xmlNodeGetContent(node_));
}

void XmlNode::SetText(std::string_view text) {
  xmlNodePtr child = node_->children;
  while (child != nullptr) {
    xmlNodePtr next = child->next;
    xmlUnlinkNode(child);
    xmlFreeNode(child);
    child = next;
  }
  xmlAddChild(node_, xmlNewDocTextLen(node_->doc, X(std::string(text).c_str()),
                                      static_cast<int>(text.size())));
}

void XmlNode::SetSpacePreserve() { xmlNodeSetSpacePreserve(node_, 1); }

std::optional<std::string> XmlNode::Attribute(
    std::string_view namespace_uri, std::string_view local_name) const {
  if (!IsElement()) return std::nullopt;
  std::string name(local_name);
  std::string uri(namespace_uri);
  xmlChar* value = uri.empty() ? xmlGetNoNsProp(node_, X(name.c_str()))
                               : xmlGetNsProp(node_, X(name.c_str()), X(uri.c_str()));
  if (value == nullptr) return std::nullopt;
  return TakeXmlString(value);
}

bool XmlNode::HasDescendant(std::string_view namespace_uri,
                            std::string_view local_name) const {
  return node_ != nullptr && FindDescendant(node_, namespace_uri, local_name);
}

void XmlNode::Remove() {
  xmlUnlinkNode(node_);
  xmlFreeNode(node_);
  node_ = nullptr;
}

void XmlNode::Unwrap() {
  xmlNodePtr child = node_->children;
  while (child != nullptr) {
    xmlNodePtr next = child->next;
    xmlUnlinkNode(child);
    xmlAddPrevSibling(node_, child);
    child = next;
  }
  Remove();
}

void XmlDocument::Deleter::operator()(_xmlDoc* doc) const { xmlFreeDoc(doc); }

XmlDocument::~XmlDocument() = default;

Result<XmlDocument> XmlDocument::Parse(std::string_view bytes,
                                       std::string_view name) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::ResourceExhausted(std::string(name) +
                                     ": XML part larger than 2 GiB");
  }
  // Encoding errors are reported through libxml2's global handlers, not
  // the context's, whatever the parser options say.
  QuietErrors quiet;
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) {
    return Status::ResourceExhausted(std::string(name) +
                                     ": out of memory starting the XML parser");
  }
  ctxt->sax->internalSubset = RefuseDoctype;
  ctxt->_private = nullptr;
  // No XML_PARSE_NOENT (entities are never substituted), no DTDLOAD, no
  // HUGE (libxml2's depth and text-size limits stay on).
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes.data(),
                                    static_cast<int>(bytes.size()), nullptr,
                                    nullptr, options);
  const bool doctype = ctxt->_private == &kDoctypeSeen;
  std::string message;
  int line = 0;
  if (const xmlError* error = xmlCtxtGetLastError(ctxt);
      error != nullptr && error->level >= XML_ERR_ERROR) {
    message = Trimmed(error->message);
    line = error->line;
  }
  const bool well_formed = ctxt->wellFormed != 0;
  xmlFreeParserCtxt(ctxt);
  if (doctype) {
    if (doc != nullptr) xmlFreeDoc(doc);
    return Status::InvalidInput(
        std::string(name) +
        ": a DOCTYPE is not allowed (DTDs and entities are never loaded)");
  }
  if (doc == nullptr || !well_formed || !message.empty()) {
    if (doc != nullptr) xmlFreeDoc(doc);
    if (message.empty()) message = "not well-formed";
    return Status::InvalidInput(std::string(name) + ": malformed XML at line " +
                                std::to_string(line) + ": " + message);
  }
  if (xmlDocGetRootElement(doc) == nullptr) {
    xmlFreeDoc(doc);
    return Status::InvalidInput(std::string(name) + ": no root element");
  }
  XmlDocument out(doc);
  out.name_ = std::string(name);
  return out;
}

XmlNode XmlDocument::Root() const { return XmlNode(xmlDocGetRootElement(doc_.get())); }

Result<std::string> XmlDocument::Serialize() const {
  xmlChar* memory = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc_.get(), &memory, &size, "UTF-8");
  if (memory == nullptr) {
    return Status::Internal(name_ + ": libxml2 could not serialize the XML");
  }
  std::string out(reinterpret_cast<const char*>(memory), static_cast<size_t>(size));
  xmlFree(memory);
  return out;
}

std::optional<std::string> XmlDocument::DeclaredEncoding() const {
  if (doc_->encoding == nullptr) return std::nullopt;
  return std::string(View(doc_->encoding));
}

Result<std::string> XmlDocument::SerializeAs(std::string_view encoding,
                                             bool with_declaration) const {
  xmlCharEncodingHandlerPtr handler =
      xmlFindCharEncodingHandler(std::string(encoding).c_str());
  if (handler == nullptr) {
    return Status::InvalidInput(name_ + ": cannot write XML in the encoding " +
                                std::string(encoding));
  }
  xmlCharEncCloseFunc(handler);
  xmlBufferPtr buffer = xmlBufferCreate();
  if (buffer == nullptr) {
    return Status::ResourceExhausted(name_ + ": out of memory serializing");
  }
  const std::string encoding_name(encoding);
  QuietErrors quiet;
  int options = with_declaration ? 0 : XML_SAVE_NO_DECL;
  xmlSaveCtxtPtr save = xmlSaveToBuffer(buffer, encoding_name.c_str(), options);
  if (save == nullptr) {
    xmlBufferFree(buffer);
    return Status::InvalidInput(name_ + ": cannot write XML in the encoding " +
                                encoding_name);
  }
  const long written = xmlSaveDoc(save, doc_.get());
  const int closed = xmlSaveClose(save);
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                  static_cast<size_t>(xmlBufferLength(buffer)));
  xmlBufferFree(buffer);
  if (written < 0 || closed < 0) {
    return Status::InvalidInput(name_ + ": the XML could not be written in " +
                                encoding_name);
  }
  return out;
}

std::vector<std::string> XmlDocument::Strings() const {
  std::vector<std::string> out;
  // Iterative, in document order: a node, its attributes, its children.
  std::vector<xmlNodePtr> stack;
  for (xmlNodePtr c = doc_->last; c != nullptr; c = c->prev) stack.push_back(c);
  while (!stack.empty()) {
    xmlNodePtr node = stack.back();
    stack.pop_back();
    switch (node->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
      case XML_COMMENT_NODE:
      case XML_PI_NODE:
        out.push_back(node->content == nullptr
                          ? std::string()
                          : std::string(View(node->content)));
        break;
      case XML_ELEMENT_NODE:
        for (xmlAttrPtr a = node->properties; a != nullptr; a = a->next) {
          out.push_back(
              TakeXmlString(xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(a))));
        }
        for (xmlNodePtr c = node->last; c != nullptr; c = c->prev) {
          stack.push_back(c);
        }
        break;
      default:
        break;
    }
  }
  return out;
}

Result<std::vector<XmlNode>> XmlDocument::Select(
    std::string_view xpath, const std::vector<XmlNamespace>& namespaces) const {
  xmlXPathContextPtr context = xmlXPathNewContext(doc_.get());
  if (context == nullptr) {
    return Status::ResourceExhausted("out of memory starting an XPath query");
  }
  std::string message;
  context->error = CollectXPathError;
  context->userData = &message;
  for (const XmlNamespace& ns : namespaces) {
    xmlXPathRegisterNs(context, X(ns.prefix.c_str()), X(ns.uri.c_str()));
  }
  std::string expression(xpath);
  xmlXPathObjectPtr result = xmlXPathEvalExpression(X(expression.c_str()), context);
  std::vector<XmlNode> nodes;
  bool is_node_set = false;
  if (result != nullptr && result->type == XPATH_NODESET) {
    is_node_set = true;
    if (result->nodesetval != nullptr) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        xmlNodePtr node = result->nodesetval->nodeTab[i];
        // A namespace node in a result is a copy freed with the result:
        // no handle to it can outlive this function.
        if (node->type == XML_NAMESPACE_DECL) {
          if (message.empty()) message = "selects namespace nodes";
          nodes.clear();
          break;
        }
        nodes.emplace_back(node);
      }
    }
  }
  if (result != nullptr) xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  if (!message.empty() || !is_node_set) {
    if (message.empty()) message = "does not select nodes";
    return Status::InvalidInput("XPath \"" + expression + "\": " + message);
  }
  return nodes;
}

Result<size_t> XmlDocument::RemoveAll(
    std::string_view xpath, const std::vector<XmlNamespace>& namespaces) {
  Result<std::vector<XmlNode>> nodes = Select(xpath, namespaces);
  if (!nodes.ok()) return nodes.status();
  std::vector<xmlNodePtr> raw;
  for (XmlNode node : nodes.value()) {
    if (!Removable(node.raw())) {
      return Status::InvalidInput("XPath \"" + std::string(xpath) +
                                  "\": selects a node that cannot be removed");
    }
    raw.push_back(node.raw());
  }
  return UnlinkAndFree(raw);
}

Result<size_t> XmlDocument::RemoveNodes(const std::vector<XmlNode>& nodes) {
  std::vector<xmlNodePtr> raw;
  for (XmlNode node : nodes) {
    if (!node || !Removable(node.raw())) {
      return Status::InvalidInput(name_ + ": a node that cannot be removed");
    }
    raw.push_back(node.raw());
  }
  return UnlinkAndFree(raw);
}

size_t XmlDocument::RemoveAttributesWithPrefix(std::string_view namespace_uri,
                                               std::string_view name_prefix) {
  size_t removed = 0;
  RemoveAttributes(xmlDocGetRootElement(doc_.get()), namespace_uri, name_prefix,
                   removed);
  return removed;
}

}  // namespace wenshu
