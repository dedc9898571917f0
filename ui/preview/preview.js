// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs in the preview page (qrc:/preview/preview.js). Paper text only ever reaches the page as
// text (textContent), then KaTeX typesets the TeX in it; KaTeX's `trust` stays off, so \href,
// \url, \includegraphics and \html* commands cannot add links, images or attributes.
'use strict';

(function () {
    const katexOptions = {
        delimiters: [
            {left: '$$', right: '$$', display: true},
            {left: '\\[', right: '\\]', display: true},
            {left: '\\(', right: '\\)', display: false},
            {left: '$', right: '$', display: false},
        ],
        throwOnError: false,
        trust: false,
        strict: 'ignore',
        maxExpand: 1000,
        maxSize: 20,
    };

    function typeset(element) {
        if (typeof window.renderMathInElement === 'function') {
            window.renderMathInElement(element, katexOptions);
        }
    }

    function setText(id, text) {
        const element = document.getElementById(id);
        element.textContent = text || '';
        return element;
    }

    // Runs of text, some in italics ({\it …} in the TeX): each becomes a text node, in an
    // <em> we create when it is italic, so paper text never becomes markup.
    function setRuns(id, runs) {
        const element = document.getElementById(id);
        element.textContent = '';
        for (const run of Array.isArray(runs) ? runs : []) {
            const text = document.createTextNode(String(run.text || ''));
            if (run.italic === true) {
                const emphasis = document.createElement('em');
                emphasis.appendChild(text);
                element.appendChild(emphasis);
            } else {
                element.appendChild(text);
            }
        }
        return element;
    }

    function setLink(id, url, label) {
        const element = setText(id, label);
        if (typeof url === 'string' && url.startsWith('https://arxiv.org/')) {
            element.setAttribute('href', url);
        } else {
            element.removeAttribute('href');
        }
    }

    function setSection(id, text) {
        const section = document.getElementById(id);
        section.hidden = !text;
        section.querySelector('.text').textContent = text || '';
    }

    function show(data) {
        document.getElementById('empty').hidden = !!data.id;
        document.getElementById('paper').hidden = !data.id;
        setText('state', data.state);
        setText('authors', data.authors);
        setText('categories', data.categories);
        setLink('abs-link', data.absUrl, data.absLabel);
        setLink('pdf-link', data.pdfUrl, document.getElementById('pdf-link').textContent);
        setSection('followed', data.followed);
        setSection('llm', data.llm);
        setSection('ranker', data.ranker);
        typeset(setRuns('title', data.title));
        typeset(setRuns('abstract', data.abstract));
        window.scrollTo(0, 0);
        return true;
    }

    // Content-Security-Policy violations, counted so tests can see that the policy is active.
    const violations = [];
    document.addEventListener('securitypolicyviolation', function (event) {
        violations.push(event.violatedDirective + ' ' + event.blockedURI);
    });

    window.paperSieve = Object.freeze({
        show: show,
        violations: function () {
            return violations.slice();
        },
    });
    typeset(document.getElementById('title'));
    typeset(document.getElementById('abstract'));
})();
