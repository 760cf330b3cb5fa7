//! A web page's document tree as html5ever builds it (the HTML standard's tree construction, so
//! every character reference and every piece of broken markup reads as in a browser), kept in
//! one vector of nodes linked by index. Indices instead of `Rc`s: a page of 100,000 nested
//! `<div>`s is dropped as one vector, never recursively, and every walk over the tree is a loop.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{Attribute, LocalName, Namespace, QualName, TokenizerResult, ns};

/// Node index 0 is the document.
pub(super) const DOCUMENT: usize = 0;

pub(super) struct Node {
    pub parent: Option<usize>,
    pub first_child: Option<usize>,
    pub last_child: Option<usize>,
    pub previous: Option<usize>,
    pub next: Option<usize>,
    pub data: Data,
}

pub(super) enum Data {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        /// A `<template>`'s contents, a separate fragment never shown.
        template: Option<usize>,
        annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Comments, doctypes, processing instructions: never text.
    Other,
}

/// The parsed page.
pub(super) struct Dom {
    pub nodes: Vec<Node>,
}

/// Parses `html` as a browser does, nesting at most [`MAX_DEPTH`] containers deep.
pub(super) fn parse(html: &str) -> Dom {
    let sink = Sink {
        nodes: RefCell::new(vec![Node::new(Data::Document)]),
        quirks: Cell::new(QuirksMode::NoQuirks),
    };
    let builder = TreeBuilder::new(sink, Default::default());
    let guard = DepthGuard {
        builder,
        depth: Cell::new(0),
        left_out: RefCell::new(Vec::new()),
    };
    let tokenizer = Tokenizer::new(guard, Default::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // The tokenizer pauses at a script's end (for it to run: none is run) and at a `<meta
    // charset>` (for the caller to decode again: the bytes were decoded before, by their
    // byte-order mark, MHTML headers or that same `<meta>`); it goes on until done.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink.finish()
}

/// How deep containers nest before more are left out, as Chromium's parser stops at 512: the
/// tree builder looks down its stack of open elements for each tag (is a `<p>` open to close?),
/// so 100,000 nested `<div>`s would cost it 5 billion looks.
pub(super) const MAX_DEPTH: usize = 512;

/// Elements that only contain, with no rule of their own that closes others: past
/// [`MAX_DEPTH`], their tags are left out and their content goes into the element above.
const CONTAINERS: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "aside",
    "main",
    "header",
    "footer",
    "nav",
    "blockquote",
    "center",
    "details",
    "summary",
    "figure",
    "fieldset",
    "address",
    "hgroup",
    "ul",
    "ol",
    "dl",
    "dir",
    "menu",
    "b",
    "i",
    "em",
    "strong",
    "u",
    "s",
    "small",
    "big",
    "font",
    "code",
    "tt",
    "strike",
    "nobr",
    "sup",
    "sub",
    "mark",
    "label",
    "abbr",
    "cite",
    "q",
    "time",
    "bdi",
    "bdo",
    "data",
    "var",
    "kbd",
    "samp",
    "dfn",
    "ins",
    "del",
];

/// Passes the tokenizer's tokens to the tree builder, leaving out container tags nested past
/// [`MAX_DEPTH`] (and the end tags that close them).
struct DepthGuard {
    builder: TreeBuilder<usize, Sink>,
    /// Container tags open, as the tags say (not the tree builder's count).
    depth: Cell<usize>,
    /// Names of the start tags left out, whose end tags are left out too.
    left_out: RefCell<Vec<LocalName>>,
}

impl TokenSink for DepthGuard {
    type Handle = usize;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<usize> {
        if let Token::TagToken(tag) = &token
            && !tag.self_closing
            && CONTAINERS.contains(&&*tag.name)
        {
            match tag.kind {
                TagKind::StartTag if self.depth.get() >= MAX_DEPTH => {
                    self.left_out.borrow_mut().push(tag.name.clone());
                    return TokenSinkResult::Continue;
                }
                TagKind::StartTag => self.depth.set(self.depth.get() + 1),
                TagKind::EndTag => {
                    let mut left_out = self.left_out.borrow_mut();
                    if let Some(at) = left_out.iter().rposition(|n| *n == tag.name) {
                        left_out.remove(at);
                        return TokenSinkResult::Continue;
                    }
                    self.depth.set(self.depth.get().saturating_sub(1));
                }
            }
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            parent: None,
            first_child: None,
            last_child: None,
            previous: None,
            next: None,
            data,
        }
    }
}

impl Dom {
    /// The element's local name, when it is an HTML element.
    pub fn tag(&self, node: usize) -> Option<&str> {
        match &self.nodes[node].data {
            Data::Element { name, .. } if name.ns == ns!(html) => Some(&name.local),
            _ => None,
        }
    }

    pub fn attr(&self, node: usize, wanted: &str) -> Option<&str> {
        match &self.nodes[node].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name.local == wanted)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    pub fn children(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.nodes[node].first_child, |&c| self.nodes[c].next)
    }

    /// Every node under `root` (itself first) in document order, without recursion.
    pub fn descendants(&self, root: usize) -> impl Iterator<Item = usize> + '_ {
        let mut next = Some(root);
        std::iter::from_fn(move || {
            let node = next?;
            next = self.nodes[node].first_child.or_else(|| {
                let mut at = node;
                loop {
                    if at == root {
                        return None;
                    }
                    if let Some(sibling) = self.nodes[at].next {
                        return Some(sibling);
                    }
                    at = self.nodes[at].parent?;
                }
            });
            Some(node)
        })
    }

    /// The first element named `tag` under `root`.
    pub fn find(&self, root: usize, tag: &str) -> Option<usize> {
        self.descendants(root).find(|&n| self.tag(n) == Some(tag))
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    quirks: Cell<QuirksMode>,
}

/// An element's name, handed to the tree builder by value: names live in the node vector,
/// which the builder grows while it looks at names.
#[derive(Debug)]
struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Sink {
    fn add(&self, data: Data) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], node: usize) {
        let Node {
            parent,
            previous,
            next,
            ..
        } = nodes[node];
        match previous {
            Some(p) => nodes[p].next = next,
            None => {
                if let Some(parent) = parent {
                    nodes[parent].first_child = next;
                }
            }
        }
        match next {
            Some(n) => nodes[n].previous = previous,
            None => {
                if let Some(parent) = parent {
                    nodes[parent].last_child = previous;
                }
            }
        }
        let node = &mut nodes[node];
        (node.parent, node.previous, node.next) = (None, None, None);
    }

    fn append_node(nodes: &mut [Node], parent: usize, child: usize) {
        Self::detach(nodes, child);
        let last = nodes[parent].last_child;
        nodes[child].parent = Some(parent);
        nodes[child].previous = last;
        match last {
            Some(last) => nodes[last].next = Some(child),
            None => nodes[parent].first_child = Some(child),
        }
        nodes[parent].last_child = Some(child);
    }

    fn insert_before(nodes: &mut [Node], sibling: usize, child: usize) {
        Self::detach(nodes, child);
        let parent = nodes[sibling].parent;
        let previous = nodes[sibling].previous;
        nodes[child].parent = parent;
        nodes[child].previous = previous;
        nodes[child].next = Some(sibling);
        nodes[sibling].previous = Some(child);
        match previous {
            Some(p) => nodes[p].next = Some(child),
            None => {
                if let Some(parent) = parent {
                    nodes[parent].first_child = Some(child);
                }
            }
        }
    }

    /// The node to place, or `None` when the text was merged into the text node `adjacent`.
    fn node_for(&self, child: NodeOrText<usize>, adjacent: Option<usize>) -> Option<usize> {
        match child {
            NodeOrText::AppendNode(node) => Some(node),
            NodeOrText::AppendText(text) => {
                if let Some(adjacent) = adjacent
                    && let Data::Text(existing) = &mut self.nodes.borrow_mut()[adjacent].data
                {
                    existing.push_tendril(&text);
                    return None;
                }
                Some(self.add(Data::Text(text)))
            }
        }
    }
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Dom;
    type ElemName<'a> = Name;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        DOCUMENT
    }

    fn elem_name(&self, target: &usize) -> Name {
        match &self.nodes.borrow()[*target].data {
            Data::Element { name, .. } => Name(name.clone()),
            // The builder asks only about elements; a neutral name keeps a surprise harmless.
            _ => Name(QualName::new(None, ns!(), LocalName::from(""))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let template = flags.template.then(|| self.add(Data::Document));
        self.add(Data::Element {
            name,
            attrs,
            template,
            annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        })
    }

    fn create_comment(&self, _: StrTendril) -> usize {
        self.add(Data::Other)
    }

    fn create_pi(&self, _: StrTendril, _: StrTendril) -> usize {
        self.add(Data::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        let last = self.nodes.borrow()[*parent].last_child;
        if let Some(child) = self.node_for(child, last) {
            Self::append_node(&mut self.nodes.borrow_mut(), *parent, child);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let doctype = self.add(Data::Other);
        Self::append_node(&mut self.nodes.borrow_mut(), DOCUMENT, doctype);
    }

    fn get_template_contents(&self, target: &usize) -> usize {
        match self.nodes.borrow()[*target].data {
            Data::Element {
                template: Some(contents),
                ..
            } => contents,
            // Only ever asked of a template; the element itself keeps a surprise harmless.
            _ => *target,
        }
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.quirks.set(mode);
    }

    fn append_before_sibling(&self, sibling: &usize, child: NodeOrText<usize>) {
        let previous = self.nodes.borrow()[*sibling].previous;
        if let Some(child) = self.node_for(child, previous) {
            Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, child);
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, new: Vec<Attribute>) {
        if let Data::Element { attrs, .. } = &mut self.nodes.borrow_mut()[*target].data {
            for attr in new {
                if !attrs.iter().any(|a| a.name == attr.name) {
                    attrs.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(child) = nodes[*node].first_child {
            Self::append_node(&mut nodes, *new_parent, child);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &usize) -> bool {
        matches!(
            self.nodes.borrow()[*handle].data,
            Data::Element {
                annotation_xml_integration_point: true,
                ..
            }
        )
    }
}
